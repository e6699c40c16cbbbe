using System.Runtime.Serialization;

namespace Microsoft.Xrm.Sdk.Messages;

/// <summary>The records a query found, in Results["EntityCollection"].</summary>
[DataContract(Namespace = XrmNamespaces.Contracts)]
public sealed class RetrieveMultipleResponse : OrganizationResponse
{
    public RetrieveMultipleResponse()
    {
        ResponseName = "RetrieveMultiple";
    }

    public EntityCollection? EntityCollection => Get<EntityCollection>("EntityCollection");
}
