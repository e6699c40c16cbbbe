using System;
using DualWrite.Tests.Testing.Support;
using Microsoft.Xrm.Sdk;

namespace DualWrite.Tests.Testing.Plugins;

/// <summary>Offers all three constructors, as PluginBase-derived plug-ins may; records which configuration it was created with.</summary>
public sealed class ConfigurationEchoPlugin : IPlugin
{
    public ConfigurationEchoPlugin()
    {
        Constructor = "()";
    }

    public ConfigurationEchoPlugin(string? unsecureConfiguration)
    {
        Constructor = "(unsecure)";
        Unsecure = unsecureConfiguration;
    }

    public ConfigurationEchoPlugin(string? unsecureConfiguration, string? secureConfiguration)
    {
        Constructor = "(unsecure, secure)";
        Unsecure = unsecureConfiguration;
        Secure = secureConfiguration;
    }

    public string Constructor { get; }

    public string? Unsecure { get; }

    public string? Secure { get; }

    public void Execute(IServiceProvider serviceProvider) =>
        ExecutionLog.Add("echo", (IPluginExecutionContext)serviceProvider.GetService(typeof(IPluginExecutionContext))!, this);
}
