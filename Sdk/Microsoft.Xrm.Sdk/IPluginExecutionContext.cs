namespace Microsoft.Xrm.Sdk;

/// <summary>The execution context of a plug-in step: adds the pipeline stage and the calling context.</summary>
public interface IPluginExecutionContext : IExecutionContext
{
    int Stage { get; }

    // Null for a step triggered directly by a client request.
    IPluginExecutionContext? ParentContext { get; }
}
