using System.Runtime.Serialization;

namespace Microsoft.Xrm.Sdk.Messages;

/// <summary>The retrieved record, in Results["Entity"].</summary>
[DataContract(Namespace = XrmNamespaces.Contracts)]
public sealed class RetrieveResponse : OrganizationResponse
{
    public RetrieveResponse()
    {
        ResponseName = "Retrieve";
    }

    public Entity? Entity => Get<Entity>("Entity");

    public object? Notifications => Get<object>("Notifications");
}
