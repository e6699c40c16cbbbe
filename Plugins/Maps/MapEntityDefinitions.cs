using System.Collections.Generic;
using System.Linq;
using DualWrite.Plugins.Finance;

namespace DualWrite.Plugins.Maps;

/// <summary>The Finance entities a map writes, as $metadata declares them: derived from the map, never kept by hand.</summary>
public static class MapEntityDefinitions
{
    public static IEnumerable<FinanceEntityDefinition> For(TableMap map)
    {
        IReadOnlyList<FinancePropertyDefinition> partition = map.Company.KeyProperties;
        yield return Define(map.EntitySet, map.EntityType, partition, map.Keys, map.Fields);
        if (map.Lines is { } lines)
        {
            yield return Define(lines.EntitySet, lines.EntityType, partition, lines.Keys, lines.Fields);
        }
    }

    private static FinanceEntityDefinition Define(string entitySet, string entityType, IReadOnlyList<FinancePropertyDefinition> partition, IReadOnlyList<FieldMap> keys, IReadOnlyList<FieldMap> fields) =>
        new(
            entitySet,
            entityType,
            partition.Select(p => p.Name).Concat(keys.Select(k => k.FinanceName)).ToArray(),
            partition.Concat(keys.Concat(fields).Select(f => f.ToProperty())).ToArray());
}
