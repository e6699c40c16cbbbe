using System.Collections.Generic;
using System.Linq;
using DualWrite.Testing.Schema;
using DualWrite.Testing.Store;
using Microsoft.Xrm.Sdk.Query;

namespace DualWrite.Testing.Query;

/// <summary>Sorts joined rows by the query's orders, then by each link's orders; the sort is stable, so ties keep creation order.</summary>
internal static class RowOrdering
{
    public static List<JoinedRow> Sort(List<JoinedRow> rows, IEnumerable<(string Alias, OrderExpression Order)> orders, QueryScope scope)
    {
        var keys = orders.Select(o =>
        {
            TableSchema table = scope.TableOf(o.Alias);
            string attribute = o.Order.AttributeName ?? throw Faults.DataverseFault.InvalidArgument($"An order on {table.LogicalName} names no attribute.");
            table.Column(attribute);
            return (o.Alias, Attribute: attribute, Descending: o.Order.OrderType == OrderType.Descending);
        }).ToArray();
        if (keys.Length == 0)
        {
            return rows;
        }

        var comparer = Comparer<JoinedRow>.Create((left, right) =>
        {
            foreach (var (alias, attribute, descending) in keys)
            {
                int compared = ColumnValue.Compare(Read(left, alias, attribute), Read(right, alias, attribute));
                if (compared != 0)
                {
                    return descending ? -compared : compared;
                }
            }

            return 0;
        });
        return rows.Order(comparer).ToList();
    }

    private static object? Read(JoinedRow row, string alias, string attribute) =>
        ColumnValue.OfRow(row.RowOf(alias)?.Value(attribute));
}
