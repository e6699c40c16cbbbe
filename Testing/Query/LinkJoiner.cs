using System.Collections.Generic;
using System.Linq;
using DualWrite.Testing.Store;
using Microsoft.Xrm.Sdk;

namespace DualWrite.Testing.Query;

/// <summary>Joins a link's table to the rows so far: a hash join on the link columns, one output row per match, or one with no row for an outer join without match.</summary>
internal static class LinkJoiner
{
    public static List<JoinedRow> Join(IEnumerable<JoinedRow> rows, LinkPlan plan, RecordStore store)
    {
        string to = plan.ToColumn.LogicalName;
        Dictionary<object, List<Entity>> index = [];
        foreach (StoredRow stored in store.Table(plan.Table.LogicalName).All.OrderBy(r => r.Sequence))
        {
            if (ColumnValue.OfRow(stored.Row.Value(to)) is { } key)
            {
                if (!index.TryGetValue(Comparable(key), out List<Entity>? matches))
                {
                    index[Comparable(key)] = matches = [];
                }

                matches.Add(stored.Row);
            }
        }

        var joined = new List<JoinedRow>();
        string from = plan.FromColumn.LogicalName;
        foreach (JoinedRow row in rows)
        {
            object? parentValue = ColumnValue.OfRow(row.RowOf(plan.ParentAlias)?.Value(from));
            var matched = (parentValue is not null && index.TryGetValue(Comparable(parentValue), out List<Entity>? candidates)
                    ? candidates.Select(c => row.With(plan.Alias, c)).Where(plan.Criteria)
                    : [])
                .ToList();
            if (matched.Count == 0 && plan.IsOuter)
            {
                matched.Add(row.With(plan.Alias, null));
            }

            joined.AddRange(matched);
        }

        foreach (LinkPlan child in plan.Children)
        {
            joined = Join(joined, child, store);
        }

        return joined;
    }

    // Text joins ignore case like the database's collation.
    private static object Comparable(object value) => value is string text ? text.ToUpperInvariant() : value;
}
