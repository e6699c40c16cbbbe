using System;
using System.Collections.Generic;
using DualWrite.Testing.Schema;
using Microsoft.Xrm.Sdk.Query;

namespace DualWrite.Testing.Query;

/// <summary>A validated link-entity: its alias, table, the columns it joins on, its filter and its own links.</summary>
internal sealed class LinkPlan
{
    public LinkPlan(LinkEntity link, string alias, string parentAlias, TableSchema table, TableSchema parentTable)
    {
        Link = link;
        Alias = alias;
        ParentAlias = parentAlias;
        Table = table;
        ParentTable = parentTable;
        FromColumn = parentTable.Column(link.LinkFromAttributeName ?? throw Faults.DataverseFault.InvalidArgument($"Link-entity '{alias}' names no LinkFromAttributeName."));
        ToColumn = table.Column(link.LinkToAttributeName ?? throw Faults.DataverseFault.InvalidArgument($"Link-entity '{alias}' names no LinkToAttributeName."));
        if (link.JoinOperator is not (JoinOperator.Inner or JoinOperator.LeftOuter))
        {
            throw Faults.DataverseFault.InvalidArgument($"Link-entity '{alias}' uses join operator {link.JoinOperator}; the in-memory organization joins Inner and LeftOuter only.");
        }
    }

    public LinkEntity Link { get; }

    public string Alias { get; }

    public string ParentAlias { get; }

    public TableSchema Table { get; }

    public TableSchema ParentTable { get; }

    public ColumnSchema FromColumn { get; }

    public ColumnSchema ToColumn { get; }

    public bool IsOuter => Link.JoinOperator == JoinOperator.LeftOuter;

    public Func<JoinedRow, bool> Criteria { get; set; } = _ => true;

    public List<LinkPlan> Children { get; } = [];
}
