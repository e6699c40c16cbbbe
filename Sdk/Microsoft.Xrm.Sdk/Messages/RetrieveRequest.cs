using System.Runtime.Serialization;
using Microsoft.Xrm.Sdk.Query;

namespace Microsoft.Xrm.Sdk.Messages;

/// <summary>Retrieves one record by reference with the given columns.</summary>
[DataContract(Namespace = XrmNamespaces.Contracts)]
public sealed class RetrieveRequest : OrganizationRequest
{
    public RetrieveRequest()
    {
        RequestName = "Retrieve";
        Target = null;
        ColumnSet = null;
    }

    public EntityReference? Target
    {
        get => Get<EntityReference>("Target");
        set => Parameters["Target"] = value;
    }

    public ColumnSet? ColumnSet
    {
        get => Get<ColumnSet>("ColumnSet");
        set => Parameters["ColumnSet"] = value;
    }

    public bool ReturnNotifications
    {
        get => Get<bool>("ReturnNotifications");
        set => Parameters["ReturnNotifications"] = value;
    }
}
