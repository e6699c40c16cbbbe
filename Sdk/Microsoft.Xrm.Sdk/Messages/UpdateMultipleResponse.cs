using System.Runtime.Serialization;

namespace Microsoft.Xrm.Sdk.Messages;

/// <summary>The (empty) result of an UpdateMultiple.</summary>
[DataContract(Namespace = XrmNamespaces.Contracts)]
public sealed class UpdateMultipleResponse : OrganizationResponse
{
    public UpdateMultipleResponse()
    {
        ResponseName = "UpdateMultiple";
    }
}
