using System.Collections.Generic;
using DualWrite.Plugins.Finance;
using DualWrite.Plugins.Maps.Values;
using Microsoft.Xrm.Sdk;

namespace DualWrite.Plugins.Maps;

/// <summary>Which Finance companies a record goes to: its owning company, every legal entity in scope, or none (shared data).</summary>
public abstract class CompanyRule
{
    /// <summary>The columns of the record the rule reads.</summary>
    public abstract IReadOnlyList<string> Columns { get; }

    /// <summary>The Dataverse columns the rule reads, of <paramref name="table"/> and of the tables its lookups lead to (for the map check).</summary>
    public abstract IEnumerable<ColumnUse> Uses(string table);

    /// <summary>The partition key fields, in key order, that lead the entity's key (dataAreaId, or a shared variant field).</summary>
    public abstract IReadOnlyList<FinancePropertyDefinition> KeyProperties { get; }

    /// <summary>The Finance rows the record becomes; empty when it belongs to no company in scope.</summary>
    public abstract IReadOnlyList<MapPartition> Partitions(Entity record, RelatedRecords related, IReadOnlyList<string> legalEntitiesInScope);

    protected static FinancePropertyDefinition DataAreaId { get; } = new(FinanceEntityDefinition.CompanyKey, FinanceEdmType.String, isNullable: false);

    protected static MapPartition InCompany(string code) => new(code, [new KeyValuePair<string, object>(FinanceEntityDefinition.CompanyKey, code)]);
}
