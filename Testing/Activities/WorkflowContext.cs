using System;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Workflow;

namespace DualWrite.Testing.Activities;

/// <summary>
/// The IWorkflowContext a custom workflow activity gets from its workflow or action, settable so a test can shape
/// it (FakeXrmEasy's XrmFakedWorkflowContext). Defaults describe a real-time action (category 3, synchronous).
/// </summary>
public sealed class WorkflowContext : IWorkflowContext
{
    public int Mode { get; set; } = 1;

    public int IsolationMode { get; set; } = 2;

    public int Depth { get; set; } = 1;

    public string MessageName { get; set; } = "Update";

    public string PrimaryEntityName { get; set; } = "none";

    public Guid? RequestId { get; set; } = Guid.NewGuid();

    public string SecondaryEntityName { get; set; } = "none";

    public ParameterCollection InputParameters { get; set; } = new();

    public ParameterCollection OutputParameters { get; set; } = new();

    public ParameterCollection SharedVariables { get; set; } = new();

    public Guid UserId { get; set; }

    public Guid InitiatingUserId { get; set; }

    public Guid BusinessUnitId { get; set; }

    public Guid OrganizationId { get; set; }

    public string OrganizationName { get; set; } = "";

    public Guid PrimaryEntityId { get; set; }

    public EntityImageCollection PreEntityImages { get; set; } = new();

    public EntityImageCollection PostEntityImages { get; set; } = new();

    public EntityReference OwningExtension { get; set; } = new("workflow", Guid.NewGuid());

    public Guid CorrelationId { get; set; } = Guid.NewGuid();

    public bool IsExecutingOffline { get; set; }

    public bool IsOfflinePlayback { get; set; }

    public bool IsInTransaction { get; set; } = true;

    public Guid OperationId { get; set; } = Guid.NewGuid();

    public DateTime OperationCreatedOn { get; set; } = DateTime.UtcNow;

    public IWorkflowContext ParentContext { get; set; } = null!;

    public string StageName { get; set; } = "";

    /// <summary>0 workflow, 1 dialog, 3 action.</summary>
    public int WorkflowCategory { get; set; } = 3;

    /// <summary>0 background, 1 real-time.</summary>
    public int WorkflowMode { get; set; } = 1;
}
