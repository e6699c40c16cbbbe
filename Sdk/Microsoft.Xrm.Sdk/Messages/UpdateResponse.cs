using System.Runtime.Serialization;

namespace Microsoft.Xrm.Sdk.Messages;

/// <summary>The (empty) result of an Update.</summary>
[DataContract(Namespace = XrmNamespaces.Contracts)]
public sealed class UpdateResponse : OrganizationResponse
{
    public UpdateResponse()
    {
        ResponseName = "Update";
    }
}
