using System;
using System.Linq;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;

namespace DualWrite.Testing.Messages;

/// <summary>CreateMultiple: one Create per record (Create steps fire for each), all in one transaction.</summary>
internal sealed class CreateMultipleHandler : IMessageHandler
{
    public string MessageName => "CreateMultiple";

    public bool HasPipeline => true;

    public MessageTarget Describe(OrganizationRequest request, MessageExecution execution) =>
        new(execution.Organization.Schema.Table(MultipleTargets.Of(request).EntityName), Guid.Empty);

    public OrganizationResponse Handle(OrganizationRequest request, MessageExecution execution)
    {
        Guid[] ids = MultipleTargets.Of(request).Entities
            .Select(e => ((CreateResponse)execution.ExecuteInner(new CreateRequest { Target = e })).id)
            .ToArray();
        var response = new CreateMultipleResponse();
        response.Results["Ids"] = ids;
        return response;
    }
}
