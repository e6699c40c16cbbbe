using System;
using System.Collections.Generic;
using System.Linq;
using DualWrite.Testing.Schema;
using DualWrite.Testing.Store;
using Microsoft.Xrm.Sdk.Query;

namespace DualWrite.Testing.Query;

/// <summary>
/// The query plan for the root table: the rows an index gives for the most selective "equals" or "in" condition the
/// criteria require of every result (its own conditions and those of nested And filters; an Or filter requires none),
/// else every row. The criteria still run on every row returned, so an index only ever narrows the scan; rows come
/// oldest first either way, so the results and their order are the scan's.
/// </summary>
internal static class RootRowSource
{
    public static IEnumerable<StoredRow> Rows(TableRows table, FilterExpression criteria, string rootAlias, bool useIndexes)
    {
        IReadOnlyCollection<StoredRow>? narrowest = null;
        if (useIndexes)
        {
            foreach (IReadOnlyCollection<StoredRow> candidates in Candidates(table, criteria, rootAlias))
            {
                if (narrowest is null || candidates.Count < narrowest.Count)
                {
                    narrowest = candidates;
                }
            }
        }

        return narrowest ?? (IEnumerable<StoredRow>)table.All.OrderBy(r => r.Sequence);
    }

    private static IEnumerable<IReadOnlyCollection<StoredRow>> Candidates(TableRows table, FilterExpression filter, string rootAlias)
    {
        if (filter.FilterOperator != LogicalOperator.And)
        {
            yield break;
        }

        foreach (ConditionExpression condition in filter.Conditions)
        {
            if (Matching(table, condition, rootAlias) is { } rows)
            {
                yield return rows;
            }
        }

        foreach (FilterExpression nested in filter.Filters)
        {
            foreach (IReadOnlyCollection<StoredRow> rows in Candidates(table, nested, rootAlias))
            {
                yield return rows;
            }
        }
    }

    /// <summary>The rows an equality condition on the root table can match, or null when an index cannot tell.</summary>
    private static IReadOnlyCollection<StoredRow>? Matching(TableRows table, ConditionExpression condition, string rootAlias)
    {
        if (condition.CompareColumns
            || condition.Operator is not (ConditionOperator.Equal or ConditionOperator.In)
            || !string.Equals(condition.EntityName ?? rootAlias, rootAlias, StringComparison.Ordinal)
            || condition.AttributeName is not { } attribute)
        {
            return null;
        }

        // The criteria compiled already, so every operand converts; this only repeats the conversion.
        ColumnSchema column = table.Schema.Column(attribute);
        object[] operands = condition.Values.Select(v => ColumnValue.OfOperand(v, column, attribute)).ToArray();
        if (operands.Length == 0 || operands.Any(o => !table.CanMatch(attribute, o.GetType())))
        {
            return null;
        }

        if (operands.Length == 1)
        {
            return table.Matching(attribute, operands[0]);
        }

        var union = new SortedDictionary<long, StoredRow>();
        foreach (object operand in operands)
        {
            foreach (StoredRow row in table.Matching(attribute, operand))
            {
                union[row.Sequence] = row;
            }
        }

        return union.Values;
    }
}
