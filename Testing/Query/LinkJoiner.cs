using System;
using System.Collections.Generic;
using System.Linq;
using DualWrite.Testing.Store;
using Microsoft.Xrm.Sdk;

namespace DualWrite.Testing.Query;

/// <summary>
/// Joins a link's table to the rows so far on the link columns (equal as <see cref="ColumnValueEquality"/> says):
/// one output row per match, the matches oldest first, or one with no row for an outer join without match. The
/// matches come from the linked column's index, or, scanning, from a hash of the whole linked table.
/// </summary>
internal static class LinkJoiner
{
    public static List<JoinedRow> Join(IEnumerable<JoinedRow> rows, LinkPlan plan, RecordStore store, bool useIndexes)
    {
        TableRows linked = store.Table(plan.Table.LogicalName);
        string to = plan.ToColumn.LogicalName;
        Func<object, IEnumerable<StoredRow>> matches = useIndexes ? value => linked.Matching(to, value) : Scan(linked, to);

        var joined = new List<JoinedRow>();
        string from = plan.FromColumn.LogicalName;
        foreach (JoinedRow row in rows)
        {
            object? parentValue = ColumnValue.OfRow(row.RowOf(plan.ParentAlias)?.Value(from));
            var matched = (parentValue is null ? [] : matches(parentValue).Select(c => row.With(plan.Alias, c.Row)).Where(plan.Criteria)).ToList();
            if (matched.Count == 0 && plan.IsOuter)
            {
                matched.Add(row.With(plan.Alias, null));
            }

            joined.AddRange(matched);
        }

        foreach (LinkPlan child in plan.Children)
        {
            joined = Join(joined, child, store, useIndexes);
        }

        return joined;
    }

    private static Func<object, IEnumerable<StoredRow>> Scan(TableRows linked, string to)
    {
        Dictionary<object, List<StoredRow>> byValue = new(ColumnValueEquality.Instance);
        foreach (StoredRow stored in linked.All.OrderBy(r => r.Sequence))
        {
            if (ColumnValue.OfRow(stored.Row.Value(to)) is { } key)
            {
                if (!byValue.TryGetValue(key, out List<StoredRow>? rows))
                {
                    byValue[key] = rows = [];
                }

                rows.Add(stored);
            }
        }

        return value => byValue.TryGetValue(value, out List<StoredRow>? rows) ? rows : [];
    }
}
