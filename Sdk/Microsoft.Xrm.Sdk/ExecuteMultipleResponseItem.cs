using System.Runtime.Serialization;

namespace Microsoft.Xrm.Sdk;

/// <summary>The outcome of one request of an ExecuteMultiple: its index and either its response or its fault.</summary>
[DataContract(Namespace = XrmNamespaces.Contracts)]
public sealed class ExecuteMultipleResponseItem : IExtensibleDataObject
{
    [DataMember]
    public int RequestIndex { get; set; }

    [DataMember]
    public OrganizationResponse? Response { get; set; }

    [DataMember]
    public OrganizationServiceFault? Fault { get; set; }

    public ExtensionDataObject? ExtensionData { get; set; }
}
