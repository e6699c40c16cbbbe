using System;
using DualWrite.Common;
using Microsoft.Xrm.Sdk;

namespace DualWrite.Plugins;

/// <summary>
/// The platform services of one plug-in execution, resolved once when it starts. It lives only as long as the
/// execution, so nothing of one save leaks into another through the cached, shared plug-in instance.
/// </summary>
public sealed class LocalPluginContext
{
    private readonly ElapsedTimeTracingService _tracing;

    internal LocalPluginContext(IServiceProvider serviceProvider, string pluginName)
    {
        ServiceProvider = serviceProvider;
        PluginExecutionContext = Require<IPluginExecutionContext>(serviceProvider, pluginName);
        _tracing = new ElapsedTimeTracingService(Require<ITracingService>(serviceProvider, pluginName));
        OrganizationServiceFactory = Require<IOrganizationServiceFactory>(serviceProvider, pluginName);
        PluginUserService = OrganizationServiceFactory.CreateOrganizationService(PluginExecutionContext.UserId);
        InitiatingUserService = OrganizationServiceFactory.CreateOrganizationService(PluginExecutionContext.InitiatingUserId);
        ManagedIdentityService = (IManagedIdentityService?)serviceProvider.GetService(typeof(IManagedIdentityService));
    }

    public IServiceProvider ServiceProvider { get; }

    public IPluginExecutionContext PluginExecutionContext { get; }

    /// <summary>The trace log, each line stamped with the time elapsed in this execution.</summary>
    public ITracingService TracingService => _tracing;

    public IOrganizationServiceFactory OrganizationServiceFactory { get; }

    /// <summary>Runs as the step's user (the caller, or whom the step impersonates).</summary>
    public IOrganizationService PluginUserService { get; }

    /// <summary>Runs as the user who started the operation.</summary>
    public IOrganizationService InitiatingUserService { get; }

    /// <summary>The managed identity bound to the plug-in assembly, where the environment provides one.</summary>
    public IManagedIdentityService? ManagedIdentityService { get; }

    internal ElapsedTimeTracingService ElapsedTimeTracing => _tracing;

    public void Trace(string format, params object[] args) => _tracing.Trace(format, args);

    private static T Require<T>(IServiceProvider serviceProvider, string pluginName)
        where T : class =>
        serviceProvider.GetService(typeof(T)) as T
        ?? throw new InvalidPluginExecutionException($"{pluginName} cannot run: the platform provided no {typeof(T).Name}.");
}
