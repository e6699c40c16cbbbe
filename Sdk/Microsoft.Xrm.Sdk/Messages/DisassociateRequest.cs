using System.Runtime.Serialization;

namespace Microsoft.Xrm.Sdk.Messages;

/// <summary>Unlinks records related through a relationship.</summary>
[DataContract(Namespace = XrmNamespaces.Contracts)]
public sealed class DisassociateRequest : OrganizationRequest
{
    public DisassociateRequest()
    {
        RequestName = "Disassociate";
        Target = null;
        Relationship = null;
        RelatedEntities = null;
    }

    public EntityReference? Target
    {
        get => Get<EntityReference>("Target");
        set => Parameters["Target"] = value;
    }

    public Relationship? Relationship
    {
        get => Get<Relationship>("Relationship");
        set => Parameters["Relationship"] = value;
    }

    public EntityReferenceCollection? RelatedEntities
    {
        get => Get<EntityReferenceCollection>("RelatedEntities");
        set => Parameters["RelatedEntities"] = value;
    }
}
