using System.Runtime.Serialization;

namespace Microsoft.Xrm.Sdk.Messages;

/// <summary>The outcome of each request that faulted or, with ReturnResponses, succeeded.</summary>
[DataContract(Namespace = XrmNamespaces.Contracts)]
public sealed class ExecuteMultipleResponse : OrganizationResponse
{
    public ExecuteMultipleResponse()
    {
        ResponseName = "ExecuteMultiple";
    }

    public ExecuteMultipleResponseItemCollection? Responses => Get<ExecuteMultipleResponseItemCollection>("Responses");

    public bool IsFaulted => Get<bool>("IsFaulted");
}
