using System;
using Microsoft.Xrm.Sdk;

namespace DualWrite.Tests.Testing.Plugins;

/// <summary>Changes the Target before the save (a PreValidation or PreOperation step may), setting dw_description to its configuration.</summary>
public sealed class TargetStampingPlugin : IPlugin
{
    private readonly string _text;

    public TargetStampingPlugin(string? unsecureConfiguration)
    {
        _text = unsecureConfiguration ?? "stamped";
    }

    public void Execute(IServiceProvider serviceProvider)
    {
        var context = (IPluginExecutionContext)serviceProvider.GetService(typeof(IPluginExecutionContext))!;
        ((Entity)context.InputParameters["Target"]!)["dw_description"] = _text;
    }
}
