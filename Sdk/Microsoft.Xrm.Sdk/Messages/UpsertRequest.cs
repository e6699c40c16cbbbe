using System.Runtime.Serialization;

namespace Microsoft.Xrm.Sdk.Messages;

/// <summary>Creates the target or, when a record with its id or alternate key exists, updates it.</summary>
[DataContract(Namespace = XrmNamespaces.Contracts)]
public sealed class UpsertRequest : OrganizationRequest
{
    public UpsertRequest()
    {
        RequestName = "Upsert";
        Target = null;
    }

    public Entity? Target
    {
        get => Get<Entity>("Target");
        set => Parameters["Target"] = value;
    }
}
