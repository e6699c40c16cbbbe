using System;
using Microsoft.Xrm.Sdk;

namespace DualWrite.Tests.Support.Doubles;

/// <summary>
/// The IExecutionContext values every test context shares, settable. For the base-class tests that need
/// nothing of the pipeline; tests of real plug-ins and activities run in the in-memory Dataverse instead.
/// </summary>
internal abstract class TestExecutionContext : IExecutionContext
{
    protected TestExecutionContext(string messageName, string primaryEntityName)
    {
        MessageName = messageName;
        PrimaryEntityName = primaryEntityName;
    }

    public int Mode { get; set; }

    public int IsolationMode { get; set; } = 2;

    public int Depth { get; set; } = 1;

    public string MessageName { get; set; }

    public string PrimaryEntityName { get; set; }

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

    public EntityReference OwningExtension { get; set; } = new("sdkmessageprocessingstep", Guid.NewGuid());

    public Guid CorrelationId { get; set; } = Guid.NewGuid();

    public bool IsExecutingOffline { get; set; }

    public bool IsOfflinePlayback { get; set; }

    public bool IsInTransaction { get; set; } = true;

    public Guid OperationId { get; set; } = Guid.NewGuid();

    public DateTime OperationCreatedOn { get; set; } = DateTime.UtcNow;
}
