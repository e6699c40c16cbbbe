using System;
using DualWrite.Common.Sync;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;

namespace DualWrite.WorkflowActivities.Writes;

/// <summary>
/// Every write the activities make, tagged with <see cref="SyncTag.Inbound"/> through the request's optional "tag"
/// parameter: the outbound plug-ins see the tag as a shared variable and do not send the write back to Finance.
/// </summary>
internal static class InboundWrites
{
    public static Guid Create(IOrganizationService service, Entity record) =>
        ((CreateResponse)service.Execute(Tagged(new CreateRequest { Target = record }))).id;

    public static void Update(IOrganizationService service, Entity record) =>
        service.Execute(Tagged(new UpdateRequest { Target = record }));

    /// <summary>Creates or updates the record by its id or alternate key; says which, and the record's id.</summary>
    public static UpsertResponse Upsert(IOrganizationService service, Entity record) =>
        (UpsertResponse)service.Execute(Tagged(new UpsertRequest { Target = record }));

    private static OrganizationRequest Tagged(OrganizationRequest request)
    {
        request[SyncTag.Parameter] = SyncTag.Inbound;
        return request;
    }
}
