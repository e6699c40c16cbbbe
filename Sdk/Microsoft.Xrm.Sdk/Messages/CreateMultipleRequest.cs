using System.Runtime.Serialization;

namespace Microsoft.Xrm.Sdk.Messages;

/// <summary>Creates records of one table in one operation.</summary>
[DataContract(Namespace = XrmNamespaces.Contracts)]
public sealed class CreateMultipleRequest : OrganizationRequest
{
    public CreateMultipleRequest()
    {
        RequestName = "CreateMultiple";
        Targets = null;
    }

    public EntityCollection? Targets
    {
        get => Get<EntityCollection>("Targets");
        set => Parameters["Targets"] = value;
    }
}
