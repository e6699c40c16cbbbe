using System;
using Microsoft.Xrm.Sdk;

namespace DualWrite.Tests.Testing.Plugins;

/// <summary>Sets the shared variable its configuration names to "set in stage N".</summary>
public sealed class SharedVariableWriterPlugin : IPlugin
{
    private readonly string _name;

    public SharedVariableWriterPlugin(string? unsecureConfiguration)
    {
        _name = unsecureConfiguration ?? "shared";
    }

    public void Execute(IServiceProvider serviceProvider)
    {
        var context = (IPluginExecutionContext)serviceProvider.GetService(typeof(IPluginExecutionContext))!;
        context.SharedVariables[_name] = $"set in stage {context.Stage}";
    }
}
