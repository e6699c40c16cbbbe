using System;
using System.Runtime.Serialization;

namespace Microsoft.Xrm.Sdk;

/// <summary>The fault detail a Dataverse service call fails with.</summary>
[DataContract(Namespace = XrmNamespaces.Contracts)]
public abstract class BaseServiceFault : IExtensibleDataObject
{
    private ErrorDetailCollection _errorDetails = new();

    protected BaseServiceFault()
    {
    }

    [DataMember]
    public Guid ActivityId { get; set; }

    [DataMember]
    public int ErrorCode { get; set; }

    [DataMember]
    public ErrorDetailCollection ErrorDetails
    {
        get => _errorDetails;
        set => _errorDetails = value ?? new ErrorDetailCollection();
    }

    [DataMember]
    public string? Message { get; set; }

    [DataMember]
    public DateTime Timestamp { get; set; }

    [DataMember]
    public string? HelpLink { get; set; }

    public ExtensionDataObject? ExtensionData { get; set; }
}
