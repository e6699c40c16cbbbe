using System;
using System.Collections.Generic;
using System.Linq;
using DualWrite.Plugins.Maps.Tables;

namespace DualWrite.Plugins.Maps;

/// <summary>Every table map the solution ships, in dependency order (a parent before its children).</summary>
public static class TableMaps
{
    public static IReadOnlyList<TableMap> All { get; } =
    [
        ResourceRoleMap.Map,
        TransactionCategoryMap.Map,
        ProjectContractMap.Map,
        FundingSourceMap.Map,
        ContractLineMap.Map,
        ProjectMap.Map,
        ProjectTaskMap.Map,
        MilestoneMap.Map,
        HourEstimateMap.Map,
        ExpenseEstimateMap.Map,
        MaterialEstimateMap.Map,
        ActualMap.Map,
        TransactionConnectionMap.Map,
        InvoiceProposalMap.Map,
    ];

    /// <summary>Every name configuration may give a map (dw_SyncModes, dw_EntitySetOverrides); built once, as every save checks them.</summary>
    public static IReadOnlyList<string> Names { get; } = All.Select(m => m.Name).ToArray();

    // Built once: every save asks for its table's maps.
    private static readonly Dictionary<string, TableMap[]> s_bySourceTable =
        All.GroupBy(m => m.SourceTable, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.ToArray(), StringComparer.Ordinal);

    public static TableMap Named(string name) =>
        All.FirstOrDefault(m => string.Equals(m.Name, name, StringComparison.Ordinal)) ?? throw new ArgumentException($"There is no table map named '{name}'.", nameof(name));

    /// <summary>The maps whose source is this table, in dependency order.</summary>
    public static IReadOnlyList<TableMap> Of(string table) => s_bySourceTable.TryGetValue(table, out TableMap[]? maps) ? maps : [];
}
