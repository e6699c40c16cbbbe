using System;
using DualWrite.Tests.Testing.Support;
using Microsoft.Xrm.Sdk;

namespace DualWrite.Tests.Testing.Plugins;

/// <summary>A second recorder type, so two recording steps can share a message, table and stage.</summary>
public sealed class SecondContextRecorderPlugin : IPlugin
{
    private readonly string _label;

    public SecondContextRecorderPlugin(string? unsecureConfiguration)
    {
        _label = unsecureConfiguration ?? "second";
    }

    public void Execute(IServiceProvider serviceProvider) =>
        ExecutionLog.Add(_label, (IPluginExecutionContext)serviceProvider.GetService(typeof(IPluginExecutionContext))!, this);
}
