using System;
using System.Collections.Generic;
using System.Linq;
using DualWrite.Testing.Faults;
using DualWrite.Testing.Schema;
using DualWrite.Testing.Store;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace DualWrite.Testing.Query;

/// <summary>
/// Runs a QueryExpression over the store: joins, filter, order, distinct, top count or paging, projection. An
/// unknown table, alias or column anywhere in the query is the platform's fault, never an empty result.
/// </summary>
internal sealed class QueryRunner
{
    /// <summary>The page size the platform uses when a query asks for none.</summary>
    public const int DefaultPageSize = 5000;

    private readonly DataverseSchema _schema;
    private readonly RecordStore _store;
    private readonly bool _useIndexes;

    /// <param name="useIndexes">False scans every table, as a reference the indexed plan is tested against.</param>
    public QueryRunner(DataverseSchema schema, RecordStore store, bool useIndexes = true)
    {
        _schema = schema;
        _store = store;
        _useIndexes = useIndexes;
    }

    public EntityCollection Run(QueryExpression query, Guid callerId)
    {
        TableSchema root = _schema.Table(query.EntityName);
        var scope = new QueryScope(root, callerId);
        var links = new List<LinkPlan>();
        var orders = query.Orders.Select(o => (Alias: o.EntityName ?? root.LogicalName, Order: o)).ToList();
        var allLinks = new List<LinkPlan>();
        int counter = 0;
        foreach (LinkEntity link in query.LinkEntities)
        {
            links.Add(Plan(link, root.LogicalName, root, scope, allLinks, orders, ref counter));
        }

        foreach (LinkPlan plan in allLinks)
        {
            plan.Criteria = FilterCompiler.Compile(plan.Link.LinkCriteria, scope, plan.Alias);
            ResultProjection.Columns(plan.Table, plan.Link.Columns, new Entity(plan.Table.LogicalName));
        }

        Func<JoinedRow, bool> criteria = FilterCompiler.Compile(query.Criteria, scope, root.LogicalName);
        ResultProjection.Columns(root, query.ColumnSet, new Entity(root.LogicalName));
        CheckPaging(query);

        List<JoinedRow> rows = RootRowSource.Rows(_store.Table(root.LogicalName), query.Criteria, root.LogicalName, _useIndexes)
            .Select(r => new JoinedRow(root.LogicalName, r.Row, r.Sequence))
            .ToList();
        foreach (LinkPlan link in links)
        {
            rows = LinkJoiner.Join(rows, link, _store, _useIndexes);
        }

        rows = RowOrdering.Sort(rows.Where(criteria).OrderBy(r => r.Sequence).ToList(), orders, scope);
        Entity Project(JoinedRow row) => ResultProjection.Project(row, root, query.ColumnSet, allLinks);
        if (query.Distinct)
        {
            rows = rows.DistinctBy(r => Signature(Project(r))).ToList();
        }

        // Only the rows of the page are copied out: a query paging through a large table copies each row once.
        return Page(rows, Project, query, root);
    }

    private LinkPlan Plan(LinkEntity link, string parentAlias, TableSchema parent, QueryScope scope, List<LinkPlan> all, List<(string Alias, OrderExpression Order)> orders, ref int counter)
    {
        TableSchema table = _schema.Table(link.LinkToEntityName);
        counter++;
        string alias = string.IsNullOrEmpty(link.EntityAlias) ? link.LinkToEntityName + counter : link.EntityAlias;
        var plan = new LinkPlan(link, alias, parentAlias, table, parent);
        scope.Add(alias, table);
        all.Add(plan);
        orders.AddRange(link.Orders.Select(o => (alias, o)));
        foreach (LinkEntity child in link.LinkEntities)
        {
            plan.Children.Add(Plan(child, alias, table, scope, all, orders, ref counter));
        }

        return plan;
    }

    private static void CheckPaging(QueryExpression query)
    {
        if (query.TopCount.HasValue && query.PageInfo.Count > 0)
        {
            throw DataverseFault.InvalidArgument($"The query on {query.EntityName} sets both TopCount and PageInfo; use one of them.");
        }

        if (query.PageInfo.PagingCookie is { Length: > 0 } cookie && PagingCookie.PageOf(cookie) != Math.Max(query.PageInfo.PageNumber, 1) - 1)
        {
            throw DataverseFault.InvalidPagingCookie(cookie);
        }
    }

    private static EntityCollection Page(List<JoinedRow> results, Func<JoinedRow, Entity> project, QueryExpression query, TableSchema root)
    {
        var collection = new EntityCollection { EntityName = root.LogicalName, TotalRecordCount = query.PageInfo.ReturnTotalRecordCount ? results.Count : -1 };
        if (query.TopCount is int top)
        {
            collection.Entities.AddRange(results.Take(top).Select(project));
            return collection;
        }

        int size = query.PageInfo.Count > 0 ? query.PageInfo.Count : DefaultPageSize;
        int page = Math.Max(query.PageInfo.PageNumber, 1);
        Entity[] slice = results.Skip((page - 1) * size).Take(size).Select(project).ToArray();
        collection.Entities.AddRange(slice);
        collection.MoreRecords = results.Count > page * size;
        if (slice.Length > 0)
        {
            collection.PagingCookie = PagingCookie.Create(page, root.PrimaryIdAttribute, slice[0].Id, slice[^1].Id);
        }

        return collection;
    }

    private static string Signature(Entity entity) =>
        string.Join("|", entity.Attributes.OrderBy(a => a.Key, StringComparer.Ordinal).Select(a => a.Key + "=" + ColumnValue.OfRow(a.Value is AliasedValue aliased ? aliased.Value : a.Value)));
}
