using System;
using Microsoft.Xrm.Sdk;

namespace DualWrite.Tests.Testing.Plugins;

/// <summary>
/// Fails as its configuration says: "retry:&lt;text&gt;" throws InvalidPluginExecutionException(OperationStatus.Retry),
/// "crash:&lt;text&gt;" an InvalidOperationException, anything else an InvalidPluginExecutionException with that text.
/// </summary>
public sealed class ThrowingPlugin : IPlugin
{
    private readonly string _configuration;

    public ThrowingPlugin(string? unsecureConfiguration, string? secureConfiguration)
    {
        _configuration = unsecureConfiguration ?? "refused";
    }

    public void Execute(IServiceProvider serviceProvider) => throw (_configuration switch
    {
        _ when _configuration.StartsWith("retry:", StringComparison.Ordinal) => new InvalidPluginExecutionException(OperationStatus.Retry, _configuration[6..]),
        _ when _configuration.StartsWith("crash:", StringComparison.Ordinal) => new InvalidOperationException(_configuration[6..]),
        _ => (Exception)new InvalidPluginExecutionException(_configuration),
    });
}
