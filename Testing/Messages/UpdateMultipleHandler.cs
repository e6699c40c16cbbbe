using System;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;

namespace DualWrite.Testing.Messages;

/// <summary>UpdateMultiple: one Update per record (Update steps fire for each), all in one transaction.</summary>
internal sealed class UpdateMultipleHandler : IMessageHandler
{
    public string MessageName => "UpdateMultiple";

    public bool HasPipeline => true;

    public MessageTarget Describe(OrganizationRequest request, MessageExecution execution) =>
        new(execution.Organization.Schema.Table(MultipleTargets.Of(request).EntityName), Guid.Empty);

    public OrganizationResponse Handle(OrganizationRequest request, MessageExecution execution)
    {
        foreach (Entity target in MultipleTargets.Of(request).Entities)
        {
            execution.ExecuteInner(new UpdateRequest { Target = target });
        }

        return new UpdateMultipleResponse();
    }
}
