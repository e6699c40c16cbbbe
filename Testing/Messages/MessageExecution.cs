using System;
using DualWrite.Testing.Pipeline;
using Microsoft.Xrm.Sdk;

namespace DualWrite.Testing.Messages;

/// <summary>What a message's core operation runs with: the organization, the user it runs as, and the context of its pipeline (for the requests it is made of).</summary>
internal sealed class MessageExecution
{
    public MessageExecution(InMemoryOrganization organization, Caller caller, PluginExecutionContext? context)
    {
        Organization = organization;
        Caller = caller;
        Context = context;
    }

    public InMemoryOrganization Organization { get; }

    public Caller Caller { get; }

    public Guid UserId => Caller.UserId;

    public PluginExecutionContext? Context { get; }

    /// <summary>Runs a request the platform makes because of this message (a cascaded delete) through its own pipeline, one level deeper.</summary>
    public OrganizationResponse ExecuteChild(OrganizationRequest request) =>
        Organization.Execute(request, Context is null ? Caller : new Caller(Caller.UserId, Caller.InitiatingUserId, Context, Context.Depth, Context.CorrelationId));

    /// <summary>Runs a request this message is made of (Upsert's Create or Update, CreateMultiple's Creates) through its own pipeline, at this depth.</summary>
    public OrganizationResponse ExecuteInner(OrganizationRequest request) =>
        Organization.Execute(request, Context is null ? Caller : new Caller(Caller.UserId, Caller.InitiatingUserId, Context, Context.Depth - 1, Context.CorrelationId));
}
