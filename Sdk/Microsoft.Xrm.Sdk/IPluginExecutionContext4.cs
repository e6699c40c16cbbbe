namespace Microsoft.Xrm.Sdk;

/// <summary>Adds one set of images per record for the bulk messages (CreateMultiple, UpdateMultiple).</summary>
public interface IPluginExecutionContext4 : IPluginExecutionContext3
{
    EntityImageCollection[] PreEntityImagesCollection { get; }

    EntityImageCollection[] PostEntityImagesCollection { get; }
}
