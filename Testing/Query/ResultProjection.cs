using System.Collections.Generic;
using System.Linq;
using DualWrite.Testing.Schema;
using DualWrite.Testing.Store;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace DualWrite.Testing.Query;

/// <summary>
/// Builds the records a query returns: the asked columns of the root row plus its id, and each link's columns as
/// AliasedValue under "alias.column". Null columns are left out, as Dataverse leaves them out. Values are copies.
/// </summary>
internal static class ResultProjection
{
    public static Entity Project(JoinedRow row, TableSchema root, ColumnSet columns, IEnumerable<LinkPlan> links)
    {
        Entity result = ValueCopy.Of(row.Root, Columns(root, columns, row.Root));
        result.Attributes[root.PrimaryIdAttribute] = row.Root.Id;
        foreach (LinkPlan link in links)
        {
            if (row.RowOf(link.Alias) is not { } linked)
            {
                continue;
            }

            foreach (string column in Columns(link.Table, link.Link.Columns, linked))
            {
                if (linked.Attributes.TryGetValue(column, out object? value) && value is not null)
                {
                    result.Attributes[link.Alias + "." + column] = new AliasedValue(link.Table.LogicalName, column, ValueCopy.Of(value)!);
                }
            }
        }

        foreach (string empty in result.Attributes.Where(a => a.Value is null).Select(a => a.Key).ToArray())
        {
            result.Attributes.Remove(empty);
        }

        return result;
    }

    public static IEnumerable<string> Columns(TableSchema table, ColumnSet columns, Entity row)
    {
        if (columns.AllColumns)
        {
            return row.Attributes.Keys;
        }

        foreach (string column in columns.Columns)
        {
            table.Column(column);
        }

        return columns.Columns;
    }
}
