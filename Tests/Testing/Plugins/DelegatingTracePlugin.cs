using System;
using Microsoft.Xrm.Sdk;

namespace DualWrite.Tests.Testing.Plugins;

/// <summary>Traces the message it saw.</summary>
public sealed class DelegatingTracePlugin : IPlugin
{
    public void Execute(IServiceProvider serviceProvider)
    {
        var context = (IPluginExecutionContext)serviceProvider.GetService(typeof(IPluginExecutionContext))!;
        ((ITracingService)serviceProvider.GetService(typeof(ITracingService))!).Trace("step saw {0}", context.MessageName);
    }
}
