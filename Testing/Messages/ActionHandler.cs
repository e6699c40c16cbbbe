using System;
using System.Activities;
using System.Collections.Generic;
using System.Linq;
using DualWrite.Testing.Activities;
using DualWrite.Testing.Faults;
using Microsoft.Xrm.Sdk;

namespace DualWrite.Testing.Messages;

/// <summary>
/// A custom process action (workflow category 3, global): its own message, whose core operation (stage 30) runs the
/// action's real-time workflow, here the one custom workflow activity it calls. As the platform runs a synchronous
/// action, the request's parameters bind the activity's input arguments by name, the activity runs in the caller's
/// transaction (a failure rolls back every write of the request and reaches the caller as a fault), and its output
/// arguments are the response's results. A parameter the action does not declare, or of the wrong type, is refused.
/// </summary>
internal sealed class ActionHandler : IMessageHandler
{
    private readonly CodeActivity _activity;

    public ActionHandler(string messageName, CodeActivity activity)
    {
        MessageName = messageName;
        _activity = activity;
    }

    public string MessageName { get; }

    public bool HasPipeline => true;

    public MessageTarget Describe(OrganizationRequest request, MessageExecution execution) => new(null, Guid.Empty);

    public OrganizationResponse Handle(OrganizationRequest request, MessageExecution execution)
    {
        var inputs = request.Parameters.ToDictionary(p => p.Key, p => (object?)p.Value, StringComparer.Ordinal);
        WorkflowContext context = ContextFor(request, execution);
        IDictionary<string, object?> outputs;
        try
        {
            outputs = CodeActivityRunner.RunInOpenTransaction(execution.Organization, _activity, context, inputs);
        }
        catch (ArgumentException binding)
        {
            // The workflow host refuses inputs that do not fit the action's parameters before the activity runs.
            throw DataverseFault.InvalidArgument($"Action '{MessageName}': {binding.Message}");
        }
        catch (Exception error)
        {
            throw DataverseFault.FromPlugin(error);
        }

        var response = new OrganizationResponse { ResponseName = MessageName };
        foreach ((string name, object? value) in outputs)
        {
            response.Results[name] = value;
        }

        return response;
    }

    /// <summary>The real-time workflow's context: the action's message, no primary record, the caller's user, depth and correlation id.</summary>
    private WorkflowContext ContextFor(OrganizationRequest request, MessageExecution execution)
    {
        IPluginExecutionContext core = execution.Context ?? throw new InvalidOperationException($"Action '{MessageName}' runs only inside its pipeline.");
        var context = execution.Organization.Identity.Describe(new WorkflowContext(), core.UserId, core.InitiatingUserId);
        context.Mode = 0; // synchronous
        context.MessageName = MessageName;
        context.PrimaryEntityName = "none";
        context.IsInTransaction = true;
        context.Depth = core.Depth;
        context.CorrelationId = core.CorrelationId;
        context.RequestId = request.RequestId;
        context.InputParameters = core.InputParameters;
        context.WorkflowCategory = 3;
        context.WorkflowMode = 1;
        return context;
    }
}
