using System;
using System.Runtime.Serialization;

namespace Microsoft.Xrm.Sdk.Messages;

/// <summary>The ids of the created records, in the order of the targets.</summary>
[DataContract(Namespace = XrmNamespaces.Contracts)]
public sealed class CreateMultipleResponse : OrganizationResponse
{
    public CreateMultipleResponse()
    {
        ResponseName = "CreateMultiple";
    }

    public Guid[]? Ids => Get<Guid[]>("Ids");
}
