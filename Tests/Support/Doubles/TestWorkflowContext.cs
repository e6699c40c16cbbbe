using System;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Workflow;

namespace DualWrite.Tests.Support.Doubles;

/// <summary>A workflow context with settable values, for the base-class tests of the code activities.</summary>
internal sealed class TestWorkflowContext : IWorkflowContext
{
    public int Mode { get; set; }

    public int IsolationMode { get; set; } = 2;

    public int Depth { get; set; } = 1;

    public string MessageName { get; set; } = "dw_ApplyFinanceConfirmation";

    public string PrimaryEntityName { get; set; } = "msdyn_actual";

    public Guid? RequestId { get; set; } = Guid.NewGuid();

    public string SecondaryEntityName { get; set; } = "none";

    public ParameterCollection InputParameters { get; } = new();

    public ParameterCollection OutputParameters { get; } = new();

    public ParameterCollection SharedVariables { get; } = new();

    public Guid UserId { get; set; } = Guid.NewGuid();

    public Guid InitiatingUserId { get; set; } = Guid.NewGuid();

    public Guid BusinessUnitId { get; set; } = Guid.NewGuid();

    public Guid OrganizationId { get; set; } = Guid.NewGuid();

    public string OrganizationName { get; set; } = "contoso";

    public Guid PrimaryEntityId { get; set; } = Guid.NewGuid();

    public EntityImageCollection PreEntityImages { get; } = new();

    public EntityImageCollection PostEntityImages { get; } = new();

    public EntityReference OwningExtension { get; set; } = new("workflow", Guid.NewGuid());

    public Guid CorrelationId { get; set; } = Guid.NewGuid();

    public bool IsExecutingOffline { get; set; }

    public bool IsOfflinePlayback { get; set; }

    public bool IsInTransaction { get; set; } = true;

    public Guid OperationId { get; set; } = Guid.NewGuid();

    public DateTime OperationCreatedOn { get; set; } = DateTime.UtcNow;

    public IWorkflowContext ParentContext { get; set; } = null!;

    public string StageName { get; set; } = "";

    public int WorkflowCategory { get; set; } = 3;

    public int WorkflowMode { get; set; } = 1;
}
