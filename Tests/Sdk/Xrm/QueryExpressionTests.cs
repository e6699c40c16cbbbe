using System;
using System.Collections;
using Microsoft.Xrm.Sdk.Query;
using Xunit;

namespace DualWrite.Tests.Sdk.Xrm;

public sealed class QueryExpressionTests
{
    [Fact]
    public void ColumnSetConstructors()
    {
        var none = new ColumnSet();
        var all = new ColumnSet(true);
        var some = new ColumnSet("name", "accountnumber");

        Assert.False(none.AllColumns);
        Assert.Empty(none.Columns);
        Assert.True(all.AllColumns);
        Assert.Empty(all.Columns);
        Assert.False(some.AllColumns);
        Assert.Equal(new[] { "name", "accountnumber" }, some.Columns);
    }

    [Fact]
    public void ColumnSetAddsColumns()
    {
        var columns = new ColumnSet("name");

        columns.AddColumn("telephone1");
        columns.AddColumns("address1_city", "revenue");

        Assert.Equal(new[] { "name", "telephone1", "address1_city", "revenue" }, columns.Columns);
    }

    [Fact]
    public void NewQueryHasEverythingButTopCount()
    {
        var query = new QueryExpression("account");

        Assert.Equal("account", query.EntityName);
        Assert.Equal(LogicalOperator.And, query.Criteria.FilterOperator);
        Assert.Empty(query.Criteria.Conditions);
        Assert.False(query.ColumnSet.AllColumns);
        Assert.Empty(query.ColumnSet.Columns);
        Assert.NotNull(query.PageInfo);
        Assert.Empty(query.Orders);
        Assert.Empty(query.LinkEntities);
        Assert.Null(query.TopCount);
        Assert.Null(new QueryExpression().EntityName);
    }

    [Fact]
    public void ConditionFromAnICollectionSpreadsItsItems()
    {
        int[] codes = { 1, 2, 3 };
        Guid[] ids = { Guid.NewGuid(), Guid.NewGuid() };

        var byCodes = new ConditionExpression("statuscode", ConditionOperator.In, codes);
        var byIds = new ConditionExpression("accountid", ConditionOperator.In, (ICollection)ids);

        Assert.Equal(new object[] { 1, 2, 3 }, byCodes.Values);
        Assert.Equal(new object[] { ids[0], ids[1] }, byIds.Values);
    }

    [Fact]
    public void ConditionFromParamsKeepsEachArgument()
    {
        var condition = new ConditionExpression("statuscode", ConditionOperator.In, 1, 2);
        var single = new ConditionExpression("name", ConditionOperator.Equal, "Contoso");
        var none = new ConditionExpression("name", ConditionOperator.Null);

        Assert.Equal(new object[] { 1, 2 }, condition.Values);
        Assert.Equal(new object[] { "Contoso" }, single.Values);
        Assert.Empty(none.Values);
        Assert.Null(none.EntityName);
    }

    [Fact]
    public void ConditionOnALinkedTableAndColumnComparison()
    {
        var linked = new ConditionExpression("contact", "lastname", ConditionOperator.Equal, "Lovelace");
        var columns = new ConditionExpression("account", "modifiedon", ConditionOperator.GreaterThan, true, "createdon");

        Assert.Equal(("contact", "lastname", ConditionOperator.Equal), (linked.EntityName, linked.AttributeName, linked.Operator));
        Assert.Equal(new object[] { "Lovelace" }, linked.Values);
        Assert.True(columns.CompareColumns);
        Assert.Equal(new object[] { "createdon" }, columns.Values);
        Assert.False(linked.CompareColumns);
    }

    [Fact]
    public void FilterAddConditionOverloads()
    {
        var filter = new FilterExpression();

        filter.AddCondition("statecode", ConditionOperator.Equal, 0);
        filter.AddCondition("contact", "lastname", ConditionOperator.In, "Lovelace", "Hopper");
        filter.AddCondition(new ConditionExpression("name", ConditionOperator.NotNull));

        Assert.Equal(LogicalOperator.And, filter.FilterOperator);
        Assert.Equal(3, filter.Conditions.Count);
        Assert.Null(filter.Conditions[0].EntityName);
        Assert.Equal(new object[] { 0 }, filter.Conditions[0].Values);
        Assert.Equal("contact", filter.Conditions[1].EntityName);
        Assert.Equal(new object[] { "Lovelace", "Hopper" }, filter.Conditions[1].Values);
        Assert.Equal(ConditionOperator.NotNull, filter.Conditions[2].Operator);
    }

    [Fact]
    public void AddFilterReturnsTheNewChildOrAddsTheGivenOne()
    {
        var filter = new FilterExpression(LogicalOperator.And);

        FilterExpression either = filter.AddFilter(LogicalOperator.Or);
        either.AddCondition("name", ConditionOperator.BeginsWith, "Con");
        var given = new FilterExpression(LogicalOperator.Or);
        filter.AddFilter(given);

        Assert.Equal(2, filter.Filters.Count);
        Assert.Same(either, filter.Filters[0]);
        Assert.Equal(LogicalOperator.Or, filter.Filters[0].FilterOperator);
        Assert.Single(filter.Filters[0].Conditions);
        Assert.Same(given, filter.Filters[1]);
    }

    [Fact]
    public void LinkEntityDefaultsAndAddLink()
    {
        var query = new QueryExpression("account");

        LinkEntity contact = query.AddLink("contact", "primarycontactid", "contactid");
        LinkEntity owner = contact.AddLink("systemuser", "ownerid", "systemuserid", JoinOperator.LeftOuter);

        Assert.Same(contact, query.LinkEntities[0]);
        Assert.Equal(("account", "contact", "primarycontactid", "contactid"), (contact.LinkFromEntityName, contact.LinkToEntityName, contact.LinkFromAttributeName, contact.LinkToAttributeName));
        Assert.Equal(JoinOperator.Inner, contact.JoinOperator);
        Assert.NotNull(contact.LinkCriteria);
        Assert.False(contact.Columns.AllColumns);
        Assert.Empty(contact.Columns.Columns);
        Assert.Same(owner, contact.LinkEntities[0]);
        Assert.Equal(("contact", JoinOperator.LeftOuter), (owner.LinkFromEntityName, owner.JoinOperator));
        Assert.Equal(JoinOperator.Inner, new LinkEntity().JoinOperator);
    }

    [Fact]
    public void AddOrderAppendsInOrder()
    {
        var query = new QueryExpression("account");

        query.AddOrder("name", OrderType.Ascending);
        query.AddOrder("fullname", OrderType.Descending, "c", "contact");

        Assert.Equal(("name", OrderType.Ascending), (query.Orders[0].AttributeName, query.Orders[0].OrderType));
        Assert.Equal(("fullname", OrderType.Descending, "c", "contact"), (query.Orders[1].AttributeName, query.Orders[1].OrderType, query.Orders[1].Alias, query.Orders[1].EntityName));
    }

    [Fact]
    public void QueryByAttributeKeepsAttributesAndValuesInStep()
    {
        var query = new QueryByAttribute("account") { ColumnSet = new ColumnSet("name") };

        query.AddAttributeValue("statecode", 0);
        query.AddAttributeValue("address1_city", "Redmond");
        query.AddOrder("name", OrderType.Ascending);

        Assert.Equal(new[] { "statecode", "address1_city" }, query.Attributes);
        Assert.Equal(new object[] { 0, "Redmond" }, query.Values);
        Assert.Single(query.Orders);
        Assert.NotNull(query.PageInfo);
        Assert.Null(query.TopCount);
    }

    [Fact]
    public void PagingInfoHoldsThePageToFetch()
    {
        var paging = new PagingInfo { Count = 50, PageNumber = 2, PagingCookie = "<cookie page=\"1\"/>", ReturnTotalRecordCount = true };

        Assert.Equal((50, 2, "<cookie page=\"1\"/>", true), (paging.Count, paging.PageNumber, paging.PagingCookie, paging.ReturnTotalRecordCount));
        Assert.Equal((0, 0, (string?)null), (new PagingInfo().Count, new PagingInfo().PageNumber, new PagingInfo().PagingCookie));
    }

    [Theory]
    [InlineData(ConditionOperator.Equal, 0)]
    [InlineData(ConditionOperator.In, 8)]
    [InlineData(ConditionOperator.Null, 12)]
    [InlineData(ConditionOperator.EqualUserId, 41)]
    [InlineData(ConditionOperator.BeginsWith, 54)]
    [InlineData(ConditionOperator.DoesNotContainValues, 88)]
    public void ConditionOperatorKeepsThePlatformValues(ConditionOperator op, int value)
    {
        Assert.Equal(value, (int)op);
    }
}
