using System.Collections.Generic;
using System.Linq;
using DualWrite.Plugins.Maps.Values;
using DualWrite.Schema.Dataverse;

namespace DualWrite.MapCheck;

/// <summary>Whether the Dataverse names a map reads exist, with a type that serves the way the map reads them.</summary>
internal static class DataverseFit
{
    public static IEnumerable<MapMismatch> Check(string map, ColumnUse use, DataverseSnapshot dataverse)
    {
        if (!dataverse.TryGetTable(use.Table, out RecordedTable table))
        {
            yield return new MapMismatch(map, use.Table, "no such table", ClosestNames.To(use.Table, dataverse.Tables.Select(t => t.LogicalName)));
            yield break;
        }

        string name = use.Table + "." + use.Column;
        if (!table.TryGetAttribute(use.Column, out RecordedAttribute column))
        {
            yield return new MapMismatch(map, name, "no such column", ClosestNames.To(use.Column, table.Attributes.Select(a => a.LogicalName)));
            yield break;
        }

        if (!Serves(use.Read, column.AttributeType))
        {
            yield return new MapMismatch(map, name, $"the map reads it as {Describe(use.Read)}, but it is a {column.AttributeType} column");
            yield break;
        }

        if (use.LookupTarget is string target && !column.Targets.Contains(target))
        {
            yield return new MapMismatch(map, name, $"the map follows it to {target}, but it points at {string.Join(" or ", column.Targets)}");
        }

        // A yes/no column's values are 0 and 1 whether or not its labels are recorded.
        if (column.AttributeType == AttributeType.Boolean && column.Options.Count == 0)
        {
            foreach (int value in use.ChoiceValues.Where(v => v is not (0 or 1)))
            {
                yield return new MapMismatch(map, $"{name}={value}", "a yes/no column has only the values 0 and 1");
            }

            yield break;
        }

        foreach (int value in use.ChoiceValues.Where(v => column.Options.All(o => o.Value != v)))
        {
            yield return new MapMismatch(map, $"{name}={value}", "no such choice value",
                string.Join(", ", column.Options.Select(o => $"{o.Value} '{o.Label}'")));
        }
    }

    private static bool Serves(ColumnRead read, AttributeType type) => read switch
    {
        ColumnRead.Value => type is AttributeType.String or AttributeType.Memo or AttributeType.Integer or AttributeType.BigInt
            or AttributeType.Decimal or AttributeType.Double or AttributeType.Boolean,
        ColumnRead.Money => type is AttributeType.Money,
        ColumnRead.Date => type is AttributeType.DateTime,
        ColumnRead.Choice => type is AttributeType.Picklist or AttributeType.State or AttributeType.Status or AttributeType.Boolean,
        _ => type is AttributeType.Lookup or AttributeType.Customer or AttributeType.Owner,
    };

    private static string Describe(ColumnRead read) => read switch
    {
        ColumnRead.Value => "text, a number or yes/no",
        ColumnRead.Money => "a currency amount",
        ColumnRead.Date => "a date and time",
        ColumnRead.Choice => "a choice",
        _ => "a lookup",
    };
}
