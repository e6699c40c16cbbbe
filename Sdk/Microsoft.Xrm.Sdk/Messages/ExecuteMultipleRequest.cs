using System.Runtime.Serialization;

namespace Microsoft.Xrm.Sdk.Messages;

/// <summary>Runs several requests in order, each in its own transaction.</summary>
[DataContract(Namespace = XrmNamespaces.Contracts)]
public sealed class ExecuteMultipleRequest : OrganizationRequest
{
    public ExecuteMultipleRequest()
    {
        RequestName = "ExecuteMultiple";
        Requests = null;
        Settings = null;
    }

    public OrganizationRequestCollection? Requests
    {
        get => Get<OrganizationRequestCollection>("Requests");
        set => Parameters["Requests"] = value;
    }

    public ExecuteMultipleSettings? Settings
    {
        get => Get<ExecuteMultipleSettings>("Settings");
        set => Parameters["Settings"] = value;
    }
}
