using System;
using DualWrite.Common;
using Microsoft.Xrm.Sdk;

namespace DualWrite.Plugins;

/// <summary>
/// The base of every plug-in in this assembly. Dataverse caches one instance per step and calls it from many
/// threads, so a plug-in keeps no mutable state: the step's configuration is read-only, and everything about a
/// save lives in the <see cref="LocalPluginContext"/> of that execution.
/// </summary>
public abstract class PluginBase : IPlugin
{
    /// <param name="unsecureConfiguration">The step's unsecure configuration (exported with the solution).</param>
    /// <param name="secureConfiguration">The step's secure configuration (never exported; where secrets go).</param>
    protected PluginBase(string? unsecureConfiguration, string? secureConfiguration)
    {
        UnsecureConfiguration = unsecureConfiguration;
        SecureConfiguration = secureConfiguration;
    }

    protected string? UnsecureConfiguration { get; }

    protected string? SecureConfiguration { get; }

    /// <summary>The name the trace log and error messages use: the plug-in type's full name.</summary>
    protected string PluginName => GetType().FullName!;

    public void Execute(IServiceProvider serviceProvider)
    {
        if (serviceProvider is null)
        {
            throw new InvalidPluginExecutionException($"{PluginName} was called without a service provider.");
        }

        var context = new LocalPluginContext(serviceProvider, PluginName);
        ExecutionBoundary.Run(PluginName, context.PluginExecutionContext, context.ElapsedTimeTracing, () => ExecuteDataversePlugin(context));
    }

    /// <summary>The plug-in's work for one execution.</summary>
    protected abstract void ExecuteDataversePlugin(LocalPluginContext context);
}
