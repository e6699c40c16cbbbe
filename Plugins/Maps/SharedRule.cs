using System.Collections.Generic;
using DualWrite.Plugins.Finance;
using DualWrite.Plugins.Maps.Values;
using Microsoft.Xrm.Sdk;

namespace DualWrite.Plugins.Maps;

/// <summary>
/// Data Finance keeps for every company at once (an entity with no dataAreaId, such as the shared resource roles or
/// the transaction relationship import): one row, whatever the legal entities in scope.
/// </summary>
public sealed class SharedRule : CompanyRule
{
    /// <summary>The sync state's legal entity for a row that belongs to no company.</summary>
    public const string AllCompanies = "*";

    private static readonly MapPartition[] s_one = [new MapPartition(AllCompanies, [])];

    public override IReadOnlyList<string> Columns { get; } = [];

    public override IEnumerable<ColumnUse> Uses(string table) => [];

    public override IReadOnlyList<FinancePropertyDefinition> KeyProperties { get; } = [];

    public override IReadOnlyList<MapPartition> Partitions(Entity record, RelatedRecords related, IReadOnlyList<string> legalEntitiesInScope) => s_one;
}
