using System.Runtime.Serialization;

namespace Microsoft.Xrm.Sdk.Query;

/// <summary>A query on one table: columns, criteria, joins, orders and paging. Everything but TopCount starts non-null.</summary>
[DataContract(Namespace = XrmNamespaces.Contracts)]
public sealed class QueryExpression : QueryBase
{
    private ColumnSet _columnSet = new();
    private FilterExpression _criteria = new();
    private PagingInfo _pageInfo = new();

    public QueryExpression()
    {
    }

    public QueryExpression(string entityName)
    {
        EntityName = entityName;
    }

    [DataMember]
    public string? EntityName { get; set; }

    [DataMember]
    public ColumnSet ColumnSet
    {
        get => _columnSet;
        set => _columnSet = value ?? new ColumnSet();
    }

    [DataMember]
    public FilterExpression Criteria
    {
        get => _criteria;
        set => _criteria = value ?? new FilterExpression();
    }

    [DataMember]
    public PagingInfo PageInfo
    {
        get => _pageInfo;
        set => _pageInfo = value ?? new PagingInfo();
    }

    [DataMember]
    public DataCollection<OrderExpression> Orders { get; private set; } = new();

    [DataMember]
    public DataCollection<LinkEntity> LinkEntities { get; private set; } = new();

    [DataMember]
    public bool Distinct { get; set; }

    [DataMember]
    public bool NoLock { get; set; }

    [DataMember]
    public int? TopCount { get; set; }

    [DataMember]
    public string? QueryHints { get; set; }

    [DataMember]
    public string? DataSource { get; set; }

    [DataMember]
    public QueryExpression? SubQueryExpression { get; set; }

    public void AddOrder(string attributeName, OrderType orderType)
    {
        Orders.Add(new OrderExpression(attributeName, orderType));
    }

    public void AddOrder(string attributeName, OrderType orderType, string alias, string entityName)
    {
        Orders.Add(new OrderExpression(attributeName, orderType, alias, entityName));
    }

    public LinkEntity AddLink(string linkToEntityName, string linkFromAttributeName, string linkToAttributeName) =>
        AddLink(linkToEntityName, linkFromAttributeName, linkToAttributeName, JoinOperator.Inner);

    /// <summary>Adds and returns a join from the query's table to another.</summary>
    public LinkEntity AddLink(string linkToEntityName, string linkFromAttributeName, string linkToAttributeName, JoinOperator joinOperator)
    {
        var link = new LinkEntity(EntityName!, linkToEntityName, linkFromAttributeName, linkToAttributeName, joinOperator);
        LinkEntities.Add(link);
        return link;
    }
}
