using System;
using System.Collections.Generic;
using System.Linq;

namespace DualWrite.LocalRun.DataSet;

/// <summary>How big a generated data set is: contracts (half per legal entity), the work under each project, and the large proforma's lines.</summary>
public sealed record DataSetSize(string Name, int Contracts, int TasksPerProject, int TimeEntriesPerTask, int ProformaLines)
{
    public static DataSetSize Small { get; } = new("small", Contracts: 2, TasksPerProject: 3, TimeEntriesPerTask: 2, ProformaLines: 60);

    public static DataSetSize Default { get; } = new("default", Contracts: 24, TasksPerProject: 6, TimeEntriesPerTask: 3, ProformaLines: 1_200);

    public static DataSetSize Large { get; } = new("large", Contracts: 120, TasksPerProject: 8, TimeEntriesPerTask: 4, ProformaLines: 5_000);

    public static IReadOnlyList<DataSetSize> All { get; } = [Small, Default, Large];

    public static DataSetSize Parse(string name) =>
        All.FirstOrDefault(s => string.Equals(s.Name, name?.Trim(), StringComparison.OrdinalIgnoreCase))
        ?? throw new ArgumentException($"Unknown data-set size '{name}'; use {string.Join(", ", All.Select(s => s.Name))}.", nameof(name));
}
