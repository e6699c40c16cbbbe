using System;
using Microsoft.Xrm.Sdk;

namespace DualWrite.Testing.Pipeline;

/// <summary>
/// The execution context the pipeline hands a plug-in (IPluginExecutionContext7, the newest the SDK defines),
/// settable so a test can also build one for <see cref="InMemoryDataverse.ExecutePluginWith{T}(PluginExecutionContext, string?, string?)"/>,
/// as FakeXrmEasy's XrmFakedPluginExecutionContext is.
/// </summary>
public sealed class PluginExecutionContext : SettableExecutionContext, IPluginExecutionContext7
{
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
