using System;
using System.Linq;
using DualWrite.Testing;
using DualWrite.Tests.Testing.Support;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;
using Xunit;

namespace DualWrite.Tests.Testing;

/// <summary>Every condition operator against the fixed data set, with the rows Dataverse returns (null columns match only Null).</summary>
public sealed class QueryOperatorTests
{
    private static readonly InMemoryDataverse s_dataverse = QueryDataSet.Create();

    public static TheoryData<string, ConditionOperator, object[], string> Cases => new()
    {
        { "dw_quantity", ConditionOperator.Equal, [2], "Bravo Foxtrot" },
        { "dw_name", ConditionOperator.Equal, ["alpha"], "Alpha" },
        { "dw_quantity", ConditionOperator.NotEqual, [2], "Alpha Charlie Echo" },
        { "dw_quantity", ConditionOperator.GreaterThan, [2], "Charlie Echo" },
        { "dw_quantity", ConditionOperator.GreaterEqual, [3], "Charlie Echo" },
        { "dw_quantity", ConditionOperator.LessThan, [2], "Alpha" },
        { "dw_quantity", ConditionOperator.LessEqual, [2], "Alpha Bravo Foxtrot" },
        { "dw_quantity", ConditionOperator.In, [1, 3], "Alpha Charlie" },
        { "dw_quantity", ConditionOperator.NotIn, [1, 3], "Bravo Echo Foxtrot" },
        { "dw_price", ConditionOperator.Null, [], "Charlie" },
        { "dw_price", ConditionOperator.NotNull, [], "Alpha Bravo Delta Echo Foxtrot" },
        { "dw_code", ConditionOperator.Like, ["ab-%"], "Alpha Bravo" },
        { "dw_code", ConditionOperator.Like, ["__-_00"], "Alpha Bravo Charlie" },
        { "dw_code", ConditionOperator.NotLike, ["ab-%"], "Charlie Echo Foxtrot" },
        { "dw_code", ConditionOperator.BeginsWith, ["cd"], "Charlie" },
        { "dw_code", ConditionOperator.DoesNotBeginWith, ["ab"], "Charlie Echo Foxtrot" },
        { "dw_code", ConditionOperator.EndsWith, ["00"], "Alpha Bravo Charlie Echo Foxtrot" },
        { "dw_code", ConditionOperator.DoesNotEndWith, ["-100"], "Bravo Charlie Echo Foxtrot" },
        { "dw_code", ConditionOperator.Contains, ["-3"], "Charlie" },
        { "dw_code", ConditionOperator.DoesNotContain, ["-"], "Echo Foxtrot" },
        { "dw_quantity", ConditionOperator.Between, [2, 3], "Bravo Charlie Foxtrot" },
        { "dw_quantity", ConditionOperator.NotBetween, [2, 3], "Alpha Echo" },
        { "dw_due", ConditionOperator.Between, [new DateTime(2024, 2, 1, 0, 0, 0, DateTimeKind.Utc), new DateTime(2024, 3, 1, 0, 0, 0, DateTimeKind.Utc)], "Bravo Charlie Foxtrot" },
        { "dw_due", ConditionOperator.GreaterThan, [new DateTime(2024, 2, 15, 0, 0, 0, DateTimeKind.Utc)], "Charlie Echo" },
        { "dw_due", ConditionOperator.Null, [], "Delta" },
        { "dw_price", ConditionOperator.Equal, [new Money(20m)], "Bravo Foxtrot" },
        { "dw_price", ConditionOperator.GreaterEqual, [40], "Delta Echo" },
        { "dw_rate", ConditionOperator.LessThan, [3m], "Alpha Bravo Foxtrot" },
        { "dw_kind", ConditionOperator.Equal, [1], "Alpha Charlie" },
        { "dw_kind", ConditionOperator.In, [new OptionSetValue(2), new OptionSetValue(3)], "Bravo Echo Foxtrot" },
        { "dw_kind", ConditionOperator.NotEqual, [1], "Bravo Echo Foxtrot" },
        { "dw_active", ConditionOperator.Equal, [true], "Alpha Charlie Foxtrot" },
        { "dw_active", ConditionOperator.NotEqual, [true], "Bravo Echo" },
        { "dw_accountid", ConditionOperator.Equal, [QueryDataSet.Contoso], "Alpha Delta" },
        { "dw_accountid", ConditionOperator.Equal, [new EntityReference("account", QueryDataSet.Fabrikam)], "Bravo Echo" },
        { "dw_accountid", ConditionOperator.NotEqual, [QueryDataSet.Contoso], "Bravo Echo" },
        { "dw_accountid", ConditionOperator.Null, [], "Charlie Foxtrot" },
        { "dw_accountid", ConditionOperator.In, [QueryDataSet.Contoso, QueryDataSet.Fabrikam], "Alpha Bravo Delta Echo" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void ReturnsTheExpectedRows(string column, ConditionOperator op, object[] values, string expected)
    {
        var query = new QueryExpression(QueryDataSet.Item) { ColumnSet = new ColumnSet("dw_name") };
        query.Criteria.AddCondition(new ConditionExpression(column, op, values));
        query.AddOrder("dw_name", OrderType.Ascending);

        EntityCollection result = s_dataverse.GetOrganizationService().RetrieveMultiple(query);

        Assert.Equal(expected, string.Join(" ", result.Entities.Select(e => (string)e["dw_name"]!)));
    }
}
