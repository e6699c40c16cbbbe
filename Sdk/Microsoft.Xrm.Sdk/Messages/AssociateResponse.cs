using System.Runtime.Serialization;

namespace Microsoft.Xrm.Sdk.Messages;

/// <summary>The (empty) result of an Associate.</summary>
[DataContract(Namespace = XrmNamespaces.Contracts)]
public sealed class AssociateResponse : OrganizationResponse
{
    public AssociateResponse()
    {
        ResponseName = "Associate";
    }
}
