using System.Collections.Generic;
using System.Linq;
using DualWrite.Plugins.Finance;

namespace DualWrite.Plugins.Maps;

/// <summary>The Finance entity a map writes, as $metadata declares it: derived from the map, never kept by hand.</summary>
public static class MapEntityDefinitions
{
    public static FinanceEntityDefinition For(TableMap map)
    {
        IReadOnlyList<FinancePropertyDefinition> partition = map.Company.KeyProperties;
        return new FinanceEntityDefinition(
            map.EntitySet,
            map.EntityType,
            partition.Select(p => p.Name).Concat(map.Keys.Select(k => k.FinanceName)).ToArray(),
            partition.Concat(map.Keys.Concat(map.Fields).Select(f => f.ToProperty())).ToArray());
    }
}
