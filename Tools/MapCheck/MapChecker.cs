using System;
using System.Collections.Generic;
using System.Linq;
using DualWrite.Plugins.Finance;
using DualWrite.Plugins.Maps;

namespace DualWrite.MapCheck;

/// <summary>
/// Compares every map with a schema pair: on the Dataverse side every table, column (by how it is read), lookup
/// target and choice value it names; on the Finance side the data entity, entity set, entity type, key, every
/// property with its EDM type, and every enum member it sends. Mismatches are listed by map and name.
/// </summary>
public static class MapChecker
{
    /// <param name="entitySets">Entity sets by map name where configuration overrides them (dw_EntitySetOverrides); null for none.</param>
    public static MapCheckReport Check(IReadOnlyList<TableMap> maps, SchemaPair schema, IReadOnlyDictionary<string, string>? entitySets = null)
    {
        ArgumentNullException.ThrowIfNull(maps);
        ArgumentNullException.ThrowIfNull(schema);
        var mismatches = new List<MapMismatch>();
        foreach (TableMap map in maps)
        {
            mismatches.AddRange(MapColumnUses.Of(map, maps)
                .SelectMany(use => DataverseFit.Check(map.Name, use, schema.Dataverse))
                .DistinctBy(m => (m.Name, m.Problem)));

            mismatches.AddRange(FinanceFit.Check(
                map.Name,
                map.FinanceEntity,
                WithEntitySet(MapEntityDefinitions.For(map), SetFor(map.Name, entitySets)),
                SentMembers(map.Keys.Concat(map.Fields)),
                map.Fields.Where(f => f.Direction == FieldDirection.FromFinance).Select(f => f.FinanceName).ToArray(),
                schema.Finance));
        }

        return new MapCheckReport(maps.Select(m => m.Name).ToArray(), mismatches);
    }

    private static string? SetFor(string name, IReadOnlyDictionary<string, string>? entitySets) =>
        entitySets is not null && entitySets.TryGetValue(name, out string? set) ? set : null;

    private static FinanceEntityDefinition WithEntitySet(FinanceEntityDefinition definition, string? entitySet) =>
        entitySet is null ? definition : new FinanceEntityDefinition(entitySet, definition.EntityTypeName, definition.KeyPropertyNames, definition.Properties);

    private static IReadOnlyDictionary<string, IReadOnlyCollection<string>> SentMembers(IEnumerable<FieldMap> fields) =>
        fields.Where(f => f.EnumType is not null)
            .ToDictionary(f => f.FinanceName, f => (IReadOnlyCollection<string>)f.Source.SentMembers.Distinct().ToArray(), StringComparer.Ordinal);
}
