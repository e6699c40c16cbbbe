using System.Runtime.Serialization;

namespace Microsoft.Xrm.Sdk.Query;

/// <summary>A query matching records whose columns equal the given values (Attributes[i] = Values[i], all of them).</summary>
[DataContract(Namespace = XrmNamespaces.Contracts)]
public sealed class QueryByAttribute : QueryBase
{
    private ColumnSet _columnSet = new();
    private PagingInfo _pageInfo = new();

    public QueryByAttribute()
    {
    }

    public QueryByAttribute(string entityName)
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
    public DataCollection<string> Attributes { get; private set; } = new();

    [DataMember]
    public DataCollection<object?> Values { get; private set; } = new();

    [DataMember]
    public DataCollection<OrderExpression> Orders { get; private set; } = new();

    [DataMember]
    public PagingInfo PageInfo
    {
        get => _pageInfo;
        set => _pageInfo = value ?? new PagingInfo();
    }

    [DataMember]
    public int? TopCount { get; set; }

    /// <summary>Adds a column and the value it must equal, keeping Attributes and Values in step.</summary>
    public void AddAttributeValue(string attributeName, object? value)
    {
        Attributes.Add(attributeName);
        Values.Add(value);
    }

    public void AddOrder(string attributeName, OrderType orderType)
    {
        Orders.Add(new OrderExpression(attributeName, orderType));
    }
}
