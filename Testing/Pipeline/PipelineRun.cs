using System;
using System.Collections.Generic;
using DualWrite.Plugins.Registration;
using DualWrite.Testing.Messages;
using Microsoft.Xrm.Sdk;

namespace DualWrite.Testing.Pipeline;

/// <summary>
/// One execution of one message's pipeline: the request its steps share (they may change its Target in stages 10
/// and 20), the output parameters, the shared variables, the rows the images are taken from, and the contexts it
/// hands each step.
/// </summary>
internal sealed class PipelineRun
{
    /// <summary>The optional request parameter a caller tags its request with.</summary>
    public const string TagParameter = "tag";

    private readonly InMemoryOrganization _organization;
    private readonly Caller _caller;
    private readonly PluginExecutionContext _validationContext;

    public PipelineRun(InMemoryOrganization organization, string message, OrganizationRequest request, Caller caller, int depth, MessageTarget target)
    {
        _organization = organization;
        _caller = caller;
        Message = message;
        Request = request;
        Depth = depth;
        TableName = target.TableName;
        PrimaryEntityId = target.Id;
        CorrelationId = caller.CorrelationId ?? Guid.NewGuid();
        RequestId = request.RequestId ?? Guid.NewGuid();
        CreatedOn = organization.Stamper.Now;

        // The caller's optional "tag" parameter reaches every step as a read-only shared variable ("Add a shared
        // variable from the Organization service" in the plug-in docs): how a caller marks its own writes.
        if (request.Parameters.TryGetValue(TagParameter, out object? tag))
        {
            string text = tag as string ?? throw Faults.DataverseFault.InvalidArgument($"The optional parameter '{TagParameter}' of a {message} request must be a string, not {tag?.GetType().Name ?? "null"}.");
            SharedVariables[TagParameter] = text;
            ValidationSharedVariables[TagParameter] = text;
        }

        // PreValidation runs in a context of its own; Pre- and PostOperation see it (and its shared variables) as their parent.
        _validationContext = Context(10, StepMode.Synchronous, caller.ParentContext, ValidationSharedVariables, inTransaction: false);
    }

    public string Message { get; }

    public OrganizationRequest Request { get; }

    public int Depth { get; }

    public string TableName { get; }

    public Guid PrimaryEntityId { get; set; }

    public Guid CorrelationId { get; }

    public Guid RequestId { get; }

    public DateTime CreatedOn { get; }

    public Guid OperationId { get; } = Guid.NewGuid();

    public ParameterCollection OutputParameters { get; } = new();

    public ParameterCollection SharedVariables { get; } = new();

    public ParameterCollection ValidationSharedVariables { get; } = new();

    /// <summary>The row before the operation (pre-images), null when there is none.</summary>
    public Entity? Before { get; private set; }

    /// <summary>The row after the core operation (post-images).</summary>
    public Entity? After { get; private set; }

    public Entity? Target => Request.Parameters.TryGetValue("Target", out object? target) ? target as Entity : null;

    public void CaptureBefore() => Before = Row();

    public void CaptureAfter() => After = Row();

    /// <summary>The context of the core operation (stage 30): the parent of the requests a message is made of.</summary>
    public PluginExecutionContext CoreContext() => Context(30, StepMode.Synchronous, _validationContext, SharedVariables, inTransaction: true);

    public PluginExecutionContext ContextFor(StepRegistration step, PipelineStage stage, bool inTransaction)
    {
        bool validation = stage == PipelineStage.PreValidation;
        PluginExecutionContext context = Context(
            (int)stage, step.Step.Mode, validation ? _caller.ParentContext : _validationContext, validation ? ValidationSharedVariables : SharedVariables, inTransaction);
        context.OwningExtension = step.Reference;
        foreach (StepImage image in step.Step.Images)
        {
            if (image.IsPreImage && Before is not null)
            {
                context.PreEntityImages[image.Alias] = EntityImages.Of(image, Before);
            }

            if (image.IsPostImage && stage == PipelineStage.PostOperation && After is not null)
            {
                context.PostEntityImages[image.Alias] = EntityImages.Of(image, After);
            }
        }

        return context;
    }

    /// <summary>The core operation's results, as a plug-in in PostOperation sees them.</summary>
    public void RecordOutputs(OrganizationResponse response)
    {
        foreach (KeyValuePair<string, object?> result in response.Results)
        {
            OutputParameters[ResponseParameters.OutputName(Message, result.Key)] = result.Value;
        }

        if (Message == "Create" && response.Results.TryGetValue("id", out object? id) && id is Guid created)
        {
            PrimaryEntityId = created;
        }
    }

    /// <summary>The response the caller gets: the output parameters as PostOperation left them.</summary>
    public OrganizationResponse Response(OrganizationResponse core)
    {
        core.Results = new ParameterCollection();
        foreach (KeyValuePair<string, object?> output in OutputParameters)
        {
            core.Results[ResponseParameters.ResultName(Message, output.Key)] = output.Value;
        }

        return core;
    }

    private Entity? Row()
    {
        if (PrimaryEntityId == Guid.Empty || TableName == "none")
        {
            return null;
        }

        return _organization.Store.Find(TableName, PrimaryEntityId);
    }

    private PluginExecutionContext Context(int stage, StepMode mode, IPluginExecutionContext? parent, ParameterCollection sharedVariables, bool inTransaction)
    {
        return _organization.Identity.Describe(
            new PluginExecutionContext
            {
                Mode = (int)mode,
                Depth = Depth,
                MessageName = Message,
                PrimaryEntityName = TableName,
                PrimaryEntityId = PrimaryEntityId,
                RequestId = RequestId,
                InputParameters = Request.Parameters,
                OutputParameters = OutputParameters,
                SharedVariables = sharedVariables,
                CorrelationId = CorrelationId,
                OperationId = OperationId,
                OperationCreatedOn = CreatedOn,
                IsInTransaction = inTransaction,
                Stage = stage,
                ParentContext = parent!,
            },
            _caller.UserId,
            _caller.InitiatingUserId);
    }
}
