using System.Collections.Generic;

namespace DualWrite.SolutionPacker.Processes;

/// <summary>
/// A background workflow an administrator runs on rows selected in a grid (category 0, on demand): it runs the shipped
/// activity once per row, each input argument taken from a column of the row.
/// </summary>
/// <param name="InputColumns">Activity input argument → column of <paramref name="Table"/> it is read from.</param>
public sealed record OnDemandWorkflow(string Name, string Description, string Table, string ActivityType, IReadOnlyDictionary<string, string> InputColumns);
