using System.Runtime.Serialization;

namespace Microsoft.Xrm.Sdk.Messages;

/// <summary>The (empty) result of a Delete.</summary>
[DataContract(Namespace = XrmNamespaces.Contracts)]
public sealed class DeleteResponse : OrganizationResponse
{
    public DeleteResponse()
    {
        ResponseName = "Delete";
    }
}
