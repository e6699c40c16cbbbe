namespace DualWrite.SolutionPacker.Processes;

/// <summary>
/// A custom process action the solution ships (workflow category 3, global, synchronous): its message's unique name,
/// its display name, and the shipped workflow activity its definition runs. Its parameters are the activity's
/// [Input] and [Output] arguments, read from the built assembly.
/// </summary>
public sealed record ProcessAction(string UniqueName, string DisplayName, string ActivityType);
