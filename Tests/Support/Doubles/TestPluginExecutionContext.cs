using System;
using Microsoft.Xrm.Sdk;

namespace DualWrite.Tests.Support.Doubles;

/// <summary>A plug-in execution context with settable values.</summary>
internal sealed class TestPluginExecutionContext : TestExecutionContext, IPluginExecutionContext7
{
    public TestPluginExecutionContext()
        : base("Update", "msdyn_project")
    {
    }

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
