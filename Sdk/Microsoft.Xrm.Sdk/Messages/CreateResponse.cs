using System;
using System.Runtime.Serialization;

namespace Microsoft.Xrm.Sdk.Messages;

/// <summary>The id of the created record, in Results["id"].</summary>
[DataContract(Namespace = XrmNamespaces.Contracts)]
public sealed class CreateResponse : OrganizationResponse
{
    public CreateResponse()
    {
        ResponseName = "Create";
    }

    public Guid id => Get<Guid>("id");
}
