using System.Runtime.Serialization;

namespace Microsoft.Xrm.Sdk.Messages;

/// <summary>Whether the upsert created the record, and a reference to it.</summary>
[DataContract(Namespace = XrmNamespaces.Contracts)]
public sealed class UpsertResponse : OrganizationResponse
{
    public UpsertResponse()
    {
        ResponseName = "Upsert";
    }

    public bool RecordCreated => Get<bool>("RecordCreated");

    public EntityReference? Target => Get<EntityReference>("Target");
}
