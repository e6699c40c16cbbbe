using System;
using DualWrite.Tests.Testing.Support;
using Microsoft.Xrm.Sdk;

namespace DualWrite.Tests.Testing.Plugins;

/// <summary>A plug-in with only a parameterless constructor: the platform creates it so, ignoring the step's configuration.</summary>
public sealed class ParameterlessPlugin : IPlugin
{
    public void Execute(IServiceProvider serviceProvider) =>
        ExecutionLog.Add("parameterless", (IPluginExecutionContext)serviceProvider.GetService(typeof(IPluginExecutionContext))!, this);
}
