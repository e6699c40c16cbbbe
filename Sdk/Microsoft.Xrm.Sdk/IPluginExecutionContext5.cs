namespace Microsoft.Xrm.Sdk;

/// <summary>Adds the user agent of the client that started the operation.</summary>
public interface IPluginExecutionContext5 : IPluginExecutionContext4
{
    string InitiatingUserAgent { get; }
}
