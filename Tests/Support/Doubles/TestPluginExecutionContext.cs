using System;
using Microsoft.Xrm.Sdk;

namespace DualWrite.Tests.Support.Doubles;

/// <summary>
/// A plug-in execution context with settable values, for the base-class tests that need nothing of the
/// pipeline. Tests of real plug-ins run in the in-memory Dataverse pipeline instead.
/// </summary>
internal sealed class TestPluginExecutionContext : IPluginExecutionContext7
{
    public int Mode { get; set; }

    public int IsolationMode { get; set; } = 2;

    public int Depth { get; set; } = 1;

    public string MessageName { get; set; } = "Update";

    public string PrimaryEntityName { get; set; } = "msdyn_project";

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

    public int Stage { get; set; } = 40;

    public IPluginExecutionContext ParentContext { get; set; } = null!;

    public Guid UserAzureActiveDirectoryObjectId { get; set; }

    public Guid InitiatingUserAzureActiveDirectoryObjectId { get; set; }

    public Guid InitiatingUserApplicationId { get; set; }

    public Guid PortalsContactId { get; set; }

    public bool IsPortalsClientCall { get; set; }

    public Guid AuthenticatedUserId { get; set; }

    public EntityImageCollection[] PreEntityImagesCollection { get; set; } = [];

    public EntityImageCollection[] PostEntityImagesCollection { get; set; } = [];

    public string InitiatingUserAgent { get; set; } = "tests";

    public string EnvironmentId { get; set; } = Guid.NewGuid().ToString();

    public Guid TenantId { get; set; } = Guid.NewGuid();

    public bool IsApplicationUser { get; set; }
}
