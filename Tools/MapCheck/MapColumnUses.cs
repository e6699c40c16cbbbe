using System.Collections.Generic;
using System.Linq;
using DualWrite.Plugins.Maps;
using DualWrite.Plugins.Maps.Values;

namespace DualWrite.MapCheck;

/// <summary>Every Dataverse name a map depends on: its keys, fields (both directions), company rule, filter and parents.</summary>
internal static class MapColumnUses
{
    public static IEnumerable<ColumnUse> Of(TableMap map, IReadOnlyList<TableMap> all)
    {
        string table = map.SourceTable;
        return map.Keys.Concat(map.Fields).SelectMany(f => f.Source.Uses(table))
            .Concat(map.Company.Uses(table))
            .Concat(map.Filter?.Uses(table) ?? [])
            .Concat(map.Parents.SelectMany(p => p.TableColumn is null
                ? [new ColumnUse(table, p.Lookup, ColumnRead.Lookup, all.FirstOrDefault(m => m.Name == p.ParentMap)?.SourceTable)]
                : new[] { new ColumnUse(table, p.Lookup, ColumnRead.Value), new ColumnUse(table, p.TableColumn, ColumnRead.Value) }));
    }
}
