using System;
using System.Collections.Generic;
using System.Linq;
using DualWrite.Testing;
using DualWrite.Testing.Faults;
using DualWrite.Tests.Testing.Support;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;
using Xunit;

namespace DualWrite.Tests.Testing;

/// <summary>Filters, joins, orders, top count, paging and QueryByAttribute over the fixed data set.</summary>
public sealed class QueryShapeTests
{
    private static readonly InMemoryDataverse s_dataverse = QueryDataSet.Create();
    private readonly IOrganizationService _service = s_dataverse.GetOrganizationService();

    [Fact]
    public void NestedFiltersCombineAndWithOr()
    {
        var query = ItemQuery();
        query.Criteria.AddCondition("dw_quantity", ConditionOperator.GreaterThan, 1);
        FilterExpression either = query.Criteria.AddFilter(LogicalOperator.Or);
        either.AddCondition("dw_kind", ConditionOperator.Equal, 1);
        either.AddCondition("dw_price", ConditionOperator.Null);
        FilterExpression both = either.AddFilter(LogicalOperator.And);
        both.AddCondition("dw_active", ConditionOperator.Equal, false);
        both.AddCondition("dw_quantity", ConditionOperator.GreaterEqual, 5);

        Assert.Equal("Charlie Echo", Names(query));
    }

    [Fact]
    public void OrdersSortNullsFirstAndBreakTiesInCreationOrder()
    {
        var query = ItemQuery();
        query.Orders.Clear();
        query.AddOrder("dw_quantity", OrderType.Descending);
        Assert.Equal("Echo Charlie Bravo Foxtrot Alpha Delta", Names(query));

        query.Orders.Clear();
        query.AddOrder("dw_price", OrderType.Ascending);
        query.AddOrder("dw_name", OrderType.Descending);
        Assert.Equal("Charlie Alpha Foxtrot Bravo Delta Echo", Names(query));
    }

    [Fact]
    public void TopCountReturnsTheFirstRowsOnly()
    {
        var query = ItemQuery();
        query.TopCount = 2;

        EntityCollection result = _service.RetrieveMultiple(query);

        Assert.Equal("Alpha Bravo", string.Join(" ", result.Entities.Select(e => e["dw_name"])));
        Assert.False(result.MoreRecords);
    }

    [Fact]
    public void PagingWithPagingCookiesWalksEveryRowOnce()
    {
        var query = ItemQuery();
        query.PageInfo = new PagingInfo { Count = 4, PageNumber = 1, ReturnTotalRecordCount = true };
        var pages = new List<EntityCollection>();
        while (true)
        {
            EntityCollection page = _service.RetrieveMultiple(query);
            pages.Add(page);
            if (!page.MoreRecords)
            {
                break;
            }

            query.PageInfo.PageNumber++;
            query.PageInfo.PagingCookie = page.PagingCookie;
        }

        Assert.Equal([4, 2], pages.Select(p => p.Entities.Count));
        Assert.Equal([true, false], pages.Select(p => p.MoreRecords));
        Assert.All(pages, p => Assert.Equal(6, p.TotalRecordCount));
        Assert.Equal("Alpha Bravo Charlie Delta Echo Foxtrot", string.Join(" ", pages.SelectMany(p => p.Entities).Select(e => e["dw_name"])));
        Assert.StartsWith("<cookie page=\"1\">", pages[0].PagingCookie);
        Assert.Contains(pages[0].Entities[^1].Id.ToString("D"), pages[0].PagingCookie);
    }

    [Fact]
    public void PagingBeyondTheLastPageIsEmptyAndACookieFromAnotherPageIsRefused()
    {
        var query = ItemQuery();
        query.PageInfo = new PagingInfo { Count = 5, PageNumber = 3 };
        Assert.Empty(_service.RetrieveMultiple(query).Entities);
        Assert.Equal(-1, _service.RetrieveMultiple(query).TotalRecordCount);

        query.PageInfo = new PagingInfo { Count = 5, PageNumber = 2, PagingCookie = "<cookie page=\"7\"><dw_itemid last=\"{00000000-0000-0000-0000-000000000000}\" /></cookie>" };
        AssertFault.Throws(ErrorCodes.QueryBuilderInvalidPagingCookie, () => _service.RetrieveMultiple(query));
    }

    [Fact]
    public void AnInnerJoinKeepsMatchingRowsAndReturnsLinkedColumnsAsAliasedValues()
    {
        var query = new QueryExpression("contact") { ColumnSet = new ColumnSet("fullname") };
        LinkEntity account = query.AddLink("account", "parentcustomerid", "accountid");
        account.EntityAlias = "acc";
        account.Columns = new ColumnSet("name", "accountnumber");
        account.LinkCriteria.AddCondition("accountnumber", ConditionOperator.Equal, "C-1");
        query.AddOrder("fullname", OrderType.Ascending);

        Entity[] rows = _service.RetrieveMultiple(query).Entities.ToArray();

        Assert.Equal(["Ann (Contoso)", "Bob (Contoso)"], rows.Select(r => (string)r["fullname"]!));
        var name = (AliasedValue)rows[0]["acc.name"]!;
        Assert.Equal("account", name.EntityLogicalName);
        Assert.Equal("name", name.AttributeLogicalName);
        Assert.Equal("Contoso", name.Value);
    }

    [Fact]
    public void AnOuterJoinKeepsRowsWithoutMatchAndTheRootCriteriaCanTestTheLink()
    {
        var query = new QueryExpression("account") { ColumnSet = new ColumnSet("name") };
        LinkEntity contacts = query.AddLink("contact", "accountid", "parentcustomerid", JoinOperator.LeftOuter);
        contacts.EntityAlias = "c";
        contacts.Columns = new ColumnSet("fullname");
        contacts.Orders.Add(new OrderExpression("fullname", OrderType.Descending));
        query.AddOrder("name", OrderType.Ascending);

        string[] all = _service.RetrieveMultiple(query).Entities.Select(Describe).ToArray();
        Assert.Equal(["Contoso/Bob (Contoso)", "Contoso/Ann (Contoso)", "Empty/-", "Fabrikam/Cat (Fabrikam)"], all);

        query.Criteria.AddCondition("c", "fullname", ConditionOperator.Null);
        Assert.Equal(["Empty/-"], _service.RetrieveMultiple(query).Entities.Select(Describe));

        static string Describe(Entity e) => $"{e["name"]}/{(e.Contains("c.fullname") ? ((AliasedValue)e["c.fullname"]!).Value : "-")}";
    }

    [Fact]
    public void ALinkWithoutAliasIsNamedAfterItsTableAndPosition()
    {
        var query = new QueryExpression("contact") { ColumnSet = new ColumnSet("fullname") };
        query.AddLink("account", "parentcustomerid", "accountid").Columns = new ColumnSet("name");
        query.Criteria.AddCondition("account1", "name", ConditionOperator.Equal, "Fabrikam");

        Entity row = Assert.Single(_service.RetrieveMultiple(query).Entities);

        Assert.Equal("Fabrikam", ((AliasedValue)row["account1.name"]!).Value);
    }

    [Fact]
    public void DistinctDropsDuplicateRows()
    {
        var query = new QueryExpression("account") { ColumnSet = new ColumnSet("name"), Distinct = true };
        query.AddLink("contact", "accountid", "parentcustomerid");

        Assert.Equal(["Contoso", "Fabrikam"], _service.RetrieveMultiple(query).Entities.Select(e => (string)e["name"]!).Order());
    }

    [Fact]
    public void ResultsCarryOnlyTheAskedColumnsThatHaveValues()
    {
        var query = new QueryExpression(QueryDataSet.Item) { ColumnSet = new ColumnSet("dw_name", "dw_price") };
        query.Criteria.AddCondition("dw_name", ConditionOperator.Equal, "Charlie");

        Entity charlie = Assert.Single(_service.RetrieveMultiple(query).Entities);

        Assert.Equal(["dw_itemid", "dw_name"], charlie.Attributes.Keys.Order());
    }

    [Fact]
    public void QueryByAttributeMatchesEveryPairAndNullMeansNull()
    {
        var query = new QueryByAttribute(QueryDataSet.Item) { ColumnSet = new ColumnSet("dw_name") };
        query.AddAttributeValue("dw_quantity", 2);
        query.AddAttributeValue("dw_active", true);
        Assert.Equal("Foxtrot", (string)Assert.Single(_service.RetrieveMultiple(query).Entities)["dw_name"]!);

        var nulls = new QueryByAttribute(QueryDataSet.Item) { ColumnSet = new ColumnSet("dw_name") };
        nulls.AddAttributeValue("dw_accountid", null);
        nulls.AddOrder("dw_name", OrderType.Descending);
        Assert.Equal(["Foxtrot", "Charlie"], _service.RetrieveMultiple(nulls).Entities.Select(e => (string)e["dw_name"]!));
    }

    [Fact]
    public void AnUnknownTableColumnOrAliasAnywhereInAQueryIsAnErrorNotAnEmptyResult()
    {
        AssertFault.Throws(ErrorCodes.QueryBuilderNoEntity, () => _service.RetrieveMultiple(new QueryExpression("dw_nosuchtable")));

        var badColumnSet = ItemQuery();
        badColumnSet.ColumnSet.AddColumn("dw_nosuch");
        AssertFault.Throws(ErrorCodes.QueryBuilderNoAttribute, () => _service.RetrieveMultiple(badColumnSet));

        var badCondition = ItemQuery();
        badCondition.Criteria.AddFilter(LogicalOperator.Or).AddCondition("dw_nosuch", ConditionOperator.Null);
        AssertFault.Throws(ErrorCodes.QueryBuilderNoAttribute, () => _service.RetrieveMultiple(badCondition));

        var badOrder = ItemQuery();
        badOrder.AddOrder("dw_nosuch", OrderType.Ascending);
        AssertFault.Throws(ErrorCodes.QueryBuilderNoAttribute, () => _service.RetrieveMultiple(badOrder));

        var badLink = ItemQuery();
        badLink.AddLink("account", "dw_accountid", "nosuchid");
        AssertFault.Throws(ErrorCodes.QueryBuilderNoAttribute, () => _service.RetrieveMultiple(badLink));

        var badAlias = ItemQuery();
        badAlias.Criteria.AddCondition("nosuchalias", "name", ConditionOperator.Null);
        AssertFault.Throws(ErrorCodes.QueryBuilderNoAlias, () => _service.RetrieveMultiple(badAlias));
    }

    [Fact]
    public void AnOperatorTheEngineDoesNotEvaluateOrAWrongValueIsAnErrorNamingTheColumn()
    {
        var query = ItemQuery();
        query.Criteria.AddCondition("dw_due", ConditionOperator.LastXDays, 3);
        Assert.Contains("dw_item.dw_due", AssertFault.Throws(ErrorCodes.QueryBuilderInvalidConditionOperator, () => _service.RetrieveMultiple(query)).Message);

        var wrongValue = ItemQuery();
        wrongValue.Criteria.AddCondition("dw_quantity", ConditionOperator.Equal, "many");
        Assert.Contains("dw_item.dw_quantity", AssertFault.Throws(ErrorCodes.InvalidArgument, () => _service.RetrieveMultiple(wrongValue)).Message);

        var missingValue = ItemQuery();
        missingValue.Criteria.AddCondition("dw_quantity", ConditionOperator.Between, 1);
        AssertFault.Throws(ErrorCodes.InvalidArgument, () => _service.RetrieveMultiple(missingValue));
    }

    private static QueryExpression ItemQuery()
    {
        var query = new QueryExpression(QueryDataSet.Item) { ColumnSet = new ColumnSet("dw_name") };
        query.AddOrder("dw_name", OrderType.Ascending);
        return query;
    }

    private string Names(QueryExpression query) => string.Join(" ", _service.RetrieveMultiple(query).Entities.Select(e => (string)e["dw_name"]!));
}
