namespace DualWrite.SolutionPacker.Assemblies;

/// <summary>
/// An [Input] or [Output] argument of a shipped workflow activity, read from its metadata: the property's name (what a
/// process binds), its direction, the argument's value type (full CLR name) and what its attributes say.
/// </summary>
public sealed record ActivityArgument(string Name, bool IsInput, string ValueType, string Label, bool IsRequired, string? DefaultValue);
