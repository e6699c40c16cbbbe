namespace Microsoft.Xrm.Sdk;

/// <summary>Adds whether the calling user is an application user.</summary>
public interface IPluginExecutionContext7 : IPluginExecutionContext6
{
    bool IsApplicationUser { get; }
}
