using System;
using Microsoft.Xrm.Sdk;

namespace DualWrite.Testing.Pipeline;

/// <summary>
/// The execution context the pipeline hands a plug-in (IPluginExecutionContext7, the newest the SDK defines),
/// settable so a test can also build one for <see cref="InMemoryDataverse.ExecutePluginWith{T}(PluginExecutionContext, string?, string?)"/>,
/// as FakeXrmEasy's XrmFakedPluginExecutionContext is.
/// </summary>
public sealed class PluginExecutionContext : IPluginExecutionContext7
{
    public int Mode { get; set; }

    public int IsolationMode { get; set; } = 2;

    public int Depth { get; set; } = 1;

    public string MessageName { get; set; } = "Create";

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

    public EntityReference OwningExtension { get; set; } = new("sdkmessageprocessingstep", Guid.Empty);

    public Guid CorrelationId { get; set; } = Guid.NewGuid();

    public bool IsExecutingOffline { get; set; }

    public bool IsOfflinePlayback { get; set; }

    public bool IsInTransaction { get; set; }

    public Guid OperationId { get; set; } = Guid.NewGuid();

    public DateTime OperationCreatedOn { get; set; } = DateTime.UtcNow;

    public int Stage { get; set; } = 40;

    /// <summary>The context of the operation that caused this one; null for an operation a user started.</summary>
    public IPluginExecutionContext ParentContext { get; set; } = null!;

    public Guid UserAzureActiveDirectoryObjectId { get; set; }

    public Guid InitiatingUserAzureActiveDirectoryObjectId { get; set; }

    public Guid InitiatingUserApplicationId { get; set; }

    public Guid PortalsContactId { get; set; }

    public bool IsPortalsClientCall { get; set; }

    public Guid AuthenticatedUserId { get; set; }

    public EntityImageCollection[] PreEntityImagesCollection { get; set; } = [];

    public EntityImageCollection[] PostEntityImagesCollection { get; set; } = [];

    public string InitiatingUserAgent { get; set; } = "DualWrite.Testing";

    public string EnvironmentId { get; set; } = "";

    public Guid TenantId { get; set; }

    public bool IsApplicationUser { get; set; }

    /// <summary>A copy with its own parameter collections and images (values copied), sharing the parent context.</summary>
    public PluginExecutionContext Copy()
    {
        var copy = (PluginExecutionContext)MemberwiseClone();
        copy.InputParameters = Store.ValueCopy.Of(InputParameters);
        copy.OutputParameters = Store.ValueCopy.Of(OutputParameters);
        copy.SharedVariables = Store.ValueCopy.Of(SharedVariables);
        copy.PreEntityImages = CopyImages(PreEntityImages);
        copy.PostEntityImages = CopyImages(PostEntityImages);
        return copy;
    }

    private static EntityImageCollection CopyImages(EntityImageCollection images)
    {
        var copy = new EntityImageCollection();
        foreach (var image in images)
        {
            copy[image.Key] = Store.ValueCopy.Of(image.Value);
        }

        return copy;
    }
}
