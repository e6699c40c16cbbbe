using System.Runtime.Serialization;

namespace Microsoft.Xrm.Sdk.Messages;

/// <summary>Updates records of one table in one operation.</summary>
[DataContract(Namespace = XrmNamespaces.Contracts)]
public sealed class UpdateMultipleRequest : OrganizationRequest
{
    public UpdateMultipleRequest()
    {
        RequestName = "UpdateMultiple";
        Targets = null;
    }

    public EntityCollection? Targets
    {
        get => Get<EntityCollection>("Targets");
        set => Parameters["Targets"] = value;
    }

    public ConcurrencyBehavior ConcurrencyBehavior
    {
        get => Get<ConcurrencyBehavior>("ConcurrencyBehavior");
        set => Parameters["ConcurrencyBehavior"] = value;
    }
}
