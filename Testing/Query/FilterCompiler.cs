using System;
using System.Linq;
using Microsoft.Xrm.Sdk.Query;

namespace DualWrite.Testing.Query;

/// <summary>Turns a filter (its conditions and nested filters, joined by And or Or) into one predicate.</summary>
internal static class FilterCompiler
{
    public static Func<JoinedRow, bool> Compile(FilterExpression filter, QueryScope scope, string defaultAlias)
    {
        Func<JoinedRow, bool>[] parts = filter.Conditions.Select(c => ConditionCompiler.Compile(c, scope, defaultAlias))
            .Concat(filter.Filters.Select(f => Compile(f, scope, defaultAlias)))
            .ToArray();
        if (parts.Length == 0)
        {
            return _ => true;
        }

        return filter.FilterOperator == LogicalOperator.Or
            ? row => parts.Any(p => p(row))
            : row => parts.All(p => p(row));
    }
}
