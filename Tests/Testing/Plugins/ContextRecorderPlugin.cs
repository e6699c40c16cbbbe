using System;
using DualWrite.Tests.Testing.Support;
using Microsoft.Xrm.Sdk;

namespace DualWrite.Tests.Testing.Plugins;

/// <summary>Records the context it runs with under its unsecure configuration as label.</summary>
public sealed class ContextRecorderPlugin : IPlugin
{
    private readonly string _label;

    public ContextRecorderPlugin(string? unsecureConfiguration, string? secureConfiguration)
    {
        _label = unsecureConfiguration ?? "recorder";
    }

    public void Execute(IServiceProvider serviceProvider)
    {
        var context = (IPluginExecutionContext)serviceProvider.GetService(typeof(IPluginExecutionContext))!;
        ExecutionLog.Add(_label, context, this);
    }
}
