using Microsoft.Xrm.Sdk;

namespace DualWrite.Testing.Messages;

/// <summary>The core operation of one message (stage 30 of its pipeline) and what the pipeline needs to know of a request before running it.</summary>
internal interface IMessageHandler
{
    string MessageName { get; }

    /// <summary>False for a message that is only a container of others (ExecuteMultiple): no steps, no transaction of its own.</summary>
    bool HasPipeline { get; }

    /// <summary>The request's table and record (Guid.Empty when there is none yet); an unknown table is a fault.</summary>
    MessageTarget Describe(OrganizationRequest request, MessageExecution execution);

    /// <summary>What the platform does to related rows inside the transaction before PreOperation (Delete's cascades); nothing for most messages.</summary>
    void ApplyToRelatedRows(OrganizationRequest request, MessageExecution execution)
    {
    }

    OrganizationResponse Handle(OrganizationRequest request, MessageExecution execution);
}
