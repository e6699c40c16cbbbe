using System.Runtime.Serialization;

namespace Microsoft.Xrm.Sdk.Query;

/// <summary>Which page of results to return: its size and number, and the cookie of the previous page.</summary>
[DataContract(Namespace = XrmNamespaces.Contracts)]
public sealed class PagingInfo : IExtensibleDataObject
{
    // 0 means "no paging requested": the platform's default page size applies.
    [DataMember]
    public int Count { get; set; }

    [DataMember]
    public int PageNumber { get; set; }

    [DataMember]
    public string? PagingCookie { get; set; }

    [DataMember]
    public bool ReturnTotalRecordCount { get; set; }

    public ExtensionDataObject? ExtensionData { get; set; }
}
