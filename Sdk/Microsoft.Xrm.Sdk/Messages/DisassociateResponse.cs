using System.Runtime.Serialization;

namespace Microsoft.Xrm.Sdk.Messages;

/// <summary>The (empty) result of a Disassociate.</summary>
[DataContract(Namespace = XrmNamespaces.Contracts)]
public sealed class DisassociateResponse : OrganizationResponse
{
    public DisassociateResponse()
    {
        ResponseName = "Disassociate";
    }
}
