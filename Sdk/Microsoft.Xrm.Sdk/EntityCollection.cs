using System.Collections.Generic;
using System.Runtime.Serialization;

namespace Microsoft.Xrm.Sdk;

/// <summary>A page of records a query returns, with what is needed to ask for the next page.</summary>
[DataContract(Namespace = XrmNamespaces.Contracts)]
public sealed class EntityCollection : IExtensibleDataObject
{
    public EntityCollection()
    {
        Entities = new DataCollection<Entity>();
    }

    public EntityCollection(IList<Entity> list)
    {
        Entities = new DataCollection<Entity>(list);
    }

    [DataMember]
    public DataCollection<Entity> Entities { get; private set; }

    public Entity this[int index]
    {
        get => Entities[index];
        set => Entities[index] = value;
    }

    [DataMember]
    public bool MoreRecords { get; set; }

    [DataMember]
    public string? PagingCookie { get; set; }

    [DataMember]
    public string? MinActiveRowVersion { get; set; }

    [DataMember]
    public int TotalRecordCount { get; set; }

    [DataMember]
    public bool TotalRecordCountLimitExceeded { get; set; }

    [DataMember]
    public string? EntityName { get; set; }

    public ExtensionDataObject? ExtensionData { get; set; }
}
