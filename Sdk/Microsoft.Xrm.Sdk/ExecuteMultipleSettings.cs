using System.Runtime.Serialization;

namespace Microsoft.Xrm.Sdk;

/// <summary>Whether an ExecuteMultiple goes on after a fault and whether it returns the responses of successes.</summary>
[DataContract(Namespace = XrmNamespaces.Contracts)]
public sealed class ExecuteMultipleSettings : IExtensibleDataObject
{
    [DataMember]
    public bool ContinueOnError { get; set; }

    [DataMember]
    public bool ReturnResponses { get; set; }

    public ExtensionDataObject? ExtensionData { get; set; }
}
