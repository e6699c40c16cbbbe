using System.Runtime.Serialization;

namespace Microsoft.Xrm.Sdk.Query;

/// <summary>A join to another table, with its own columns, criteria, orders and further joins.</summary>
[DataContract(Namespace = XrmNamespaces.Contracts)]
public sealed class LinkEntity : IExtensibleDataObject
{
    private ColumnSet _columns = new();
    private FilterExpression _linkCriteria = new();

    public LinkEntity()
    {
    }

    public LinkEntity(string linkFromEntityName, string linkToEntityName, string linkFromAttributeName, string linkToAttributeName, JoinOperator joinOperator)
    {
        LinkFromEntityName = linkFromEntityName;
        LinkToEntityName = linkToEntityName;
        LinkFromAttributeName = linkFromAttributeName;
        LinkToAttributeName = linkToAttributeName;
        JoinOperator = joinOperator;
    }

    [DataMember]
    public string? LinkFromEntityName { get; set; }

    [DataMember]
    public string? LinkToEntityName { get; set; }

    [DataMember]
    public string? LinkFromAttributeName { get; set; }

    [DataMember]
    public string? LinkToAttributeName { get; set; }

    [DataMember]
    public JoinOperator JoinOperator { get; set; }

    [DataMember]
    public string? EntityAlias { get; set; }

    [DataMember]
    public ColumnSet Columns
    {
        get => _columns;
        set => _columns = value ?? new ColumnSet();
    }

    [DataMember]
    public FilterExpression LinkCriteria
    {
        get => _linkCriteria;
        set => _linkCriteria = value ?? new FilterExpression();
    }

    [DataMember]
    public DataCollection<LinkEntity> LinkEntities { get; private set; } = new();

    [DataMember]
    public DataCollection<OrderExpression> Orders { get; private set; } = new();

    public ExtensionDataObject? ExtensionData { get; set; }

    public LinkEntity AddLink(string linkToEntityName, string linkFromAttributeName, string linkToAttributeName) =>
        AddLink(linkToEntityName, linkFromAttributeName, linkToAttributeName, JoinOperator.Inner);

    /// <summary>Adds and returns a join from this linked table to another.</summary>
    public LinkEntity AddLink(string linkToEntityName, string linkFromAttributeName, string linkToAttributeName, JoinOperator joinOperator)
    {
        var link = new LinkEntity(LinkToEntityName!, linkToEntityName, linkFromAttributeName, linkToAttributeName, joinOperator);
        LinkEntities.Add(link);
        return link;
    }
}
