using DualWrite.Testing.Faults;
using Microsoft.Xrm.Sdk.Query;

namespace DualWrite.Testing.Query;

/// <summary>A QueryByAttribute is a QueryExpression whose criteria are "column equals value" for each pair (a null value matches null).</summary>
internal static class QueryByAttributeTranslator
{
    public static QueryExpression Translate(QueryByAttribute query)
    {
        if (query.Attributes.Count != query.Values.Count)
        {
            throw DataverseFault.InvalidArgument($"The QueryByAttribute on {query.EntityName} has {query.Attributes.Count} attribute(s) but {query.Values.Count} value(s).");
        }

        var expression = new QueryExpression(query.EntityName!) { ColumnSet = query.ColumnSet, PageInfo = query.PageInfo, TopCount = query.TopCount };
        for (int i = 0; i < query.Attributes.Count; i++)
        {
            expression.Criteria.AddCondition(query.Values[i] is null
                ? new ConditionExpression(query.Attributes[i], ConditionOperator.Null)
                : new ConditionExpression(query.Attributes[i], ConditionOperator.Equal, query.Values[i]!));
        }

        expression.Orders.AddRange(query.Orders);
        return expression;
    }
}
