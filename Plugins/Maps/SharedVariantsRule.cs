using System.Collections.Generic;
using System.Linq;
using DualWrite.Plugins.Finance;
using DualWrite.Plugins.Maps.Values;
using Microsoft.Xrm.Sdk;

namespace DualWrite.Plugins.Maps;

/// <summary>
/// Data Finance shares across companies and keeps in several variants, one row each: a Dataverse transaction
/// category becomes four shared categories, one per transaction type. The variant is part of the key.
/// </summary>
public sealed class SharedVariantsRule : CompanyRule
{
    private readonly string _property;
    private readonly IReadOnlyList<string> _variants;

    /// <param name="variantType">The Finance enum whose member names the variants are.</param>
    /// <param name="property">The key field that holds the variant.</param>
    public SharedVariantsRule(FinanceEnumType variantType, string property)
    {
        _property = property;
        _variants = variantType.Members.Select(m => m.Name).ToArray();
        // A string key: Finance's key URLs would need enum literals qualified by type, which the client does not write.
        KeyProperties = [new FinancePropertyDefinition(property, FinanceEdmType.String, isNullable: false)];
    }

    public override IReadOnlyList<string> Columns { get; } = [];

    public override IEnumerable<ColumnUse> Uses(string table) => [];

    public override IReadOnlyList<FinancePropertyDefinition> KeyProperties { get; }

    public override IReadOnlyList<MapPartition> Partitions(Entity record, RelatedRecords related, IReadOnlyList<string> legalEntitiesInScope) =>
        _variants.Select(v => new MapPartition(v, [new KeyValuePair<string, object>(_property, v)])).ToArray();
}
