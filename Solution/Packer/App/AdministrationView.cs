using System.Collections.Generic;

namespace DualWrite.SolutionPacker.App;

/// <summary>A public view of the administration app: its table, name, columns (in order, newest changes first) and filter.</summary>
public sealed record AdministrationView(string Table, string Name, IReadOnlyList<string> Columns, IReadOnlyList<ViewCondition> Filter, bool IsDefault = false);
