using System.Activities;
using DualWrite.Common;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Workflow;

namespace DualWrite.WorkflowActivities;

/// <summary>
/// The platform services of one activity execution, resolved once when it starts. Activity instances are
/// cached and shared, so this, not the activity, is where an execution's state lives.
/// </summary>
public sealed class LocalActivityContext
{
    private readonly ElapsedTimeTracingService _tracing;

    internal LocalActivityContext(CodeActivityContext activityContext, string activityName)
    {
        ActivityContext = activityContext;
        WorkflowContext = Require<IWorkflowContext>(activityContext, activityName);
        _tracing = new ElapsedTimeTracingService(Require<ITracingService>(activityContext, activityName));
        OrganizationServiceFactory = Require<IOrganizationServiceFactory>(activityContext, activityName);
        OrganizationService = OrganizationServiceFactory.CreateOrganizationService(WorkflowContext.UserId);
        InitiatingUserService = OrganizationServiceFactory.CreateOrganizationService(WorkflowContext.InitiatingUserId);
    }

    /// <summary>Where the activity's argument values are read and written.</summary>
    public CodeActivityContext ActivityContext { get; }

    public IWorkflowContext WorkflowContext { get; }

    /// <summary>The trace log, each line stamped with the time elapsed in this execution.</summary>
    public ITracingService TracingService => _tracing;

    public IOrganizationServiceFactory OrganizationServiceFactory { get; }

    /// <summary>Runs as the workflow's user (its owner, or the caller of a real-time workflow or action).</summary>
    public IOrganizationService OrganizationService { get; }

    /// <summary>Runs as the user who started the workflow or action.</summary>
    public IOrganizationService InitiatingUserService { get; }

    internal ElapsedTimeTracingService ElapsedTimeTracing => _tracing;

    public void Trace(string format, params object[] args) => _tracing.Trace(format, args);

    private static T Require<T>(CodeActivityContext context, string activityName)
        where T : class =>
        context.GetExtension<T>()
        ?? throw new InvalidPluginExecutionException($"{activityName} cannot run: the workflow host provided no {typeof(T).Name}.");
}
