using System;
using System.Collections.Generic;
using System.Linq;
using DualWrite.Plugins.Maps;

namespace DualWrite.MapCheck;

/// <summary>The Dataverse tables a set of maps reads (sources, parents, related tables), so a fit check asks for those alone.</summary>
public static class MapTables
{
    public static IReadOnlyList<string> Of(IReadOnlyList<TableMap> maps)
    {
        ArgumentNullException.ThrowIfNull(maps);
        return maps.SelectMany(map => MapColumnUses.Of(map, maps).Select(use => use.Table).Append(map.SourceTable))
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal)
            .ToArray();
    }
}
