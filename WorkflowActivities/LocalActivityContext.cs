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
    private const string Host = "workflow host";
    private readonly ExecutionServices _services;

    internal LocalActivityContext(CodeActivityContext activityContext, string activityName)
    {
        ActivityContext = activityContext;
        WorkflowContext = ExecutionServices.Require(activityContext.GetExtension<IWorkflowContext>(), activityName, Host);
        _services = new ExecutionServices(
            WorkflowContext,
            ExecutionServices.Require(activityContext.GetExtension<ITracingService>(), activityName, Host),
            ExecutionServices.Require(activityContext.GetExtension<IOrganizationServiceFactory>(), activityName, Host));
    }

    /// <summary>Where the activity's argument values are read and written.</summary>
    public CodeActivityContext ActivityContext { get; }

    public IWorkflowContext WorkflowContext { get; }

    /// <summary>The trace log, each line stamped with the time elapsed in this execution.</summary>
    public ITracingService TracingService => _services.Tracing;

    public IOrganizationServiceFactory OrganizationServiceFactory => _services.Factory;

    /// <summary>Runs as the workflow's user (its owner, or the caller of a real-time workflow or action).</summary>
    public IOrganizationService OrganizationService => _services.UserService;

    /// <summary>Runs as the user who started the workflow or action.</summary>
    public IOrganizationService InitiatingUserService => _services.InitiatingUserService;

    internal ElapsedTimeTracingService ElapsedTimeTracing => _services.Tracing;

    public void Trace(string format, params object[] args) => _services.Tracing.Trace(format, args);
}
