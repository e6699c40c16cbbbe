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
    private const string Host = "platform";
    private readonly ExecutionServices _services;

    internal LocalPluginContext(IServiceProvider serviceProvider, string pluginName)
    {
        ServiceProvider = serviceProvider;
        PluginExecutionContext = ExecutionServices.Require(serviceProvider.GetService(typeof(IPluginExecutionContext)) as IPluginExecutionContext, pluginName, Host);
        _services = new ExecutionServices(
            PluginExecutionContext,
            ExecutionServices.Require(serviceProvider.GetService(typeof(ITracingService)) as ITracingService, pluginName, Host),
            ExecutionServices.Require(serviceProvider.GetService(typeof(IOrganizationServiceFactory)) as IOrganizationServiceFactory, pluginName, Host));
        ManagedIdentityService = serviceProvider.GetService(typeof(IManagedIdentityService)) as IManagedIdentityService;
    }

    public IServiceProvider ServiceProvider { get; }

    public IPluginExecutionContext PluginExecutionContext { get; }

    /// <summary>The trace log, each line stamped with the time elapsed in this execution.</summary>
    public ITracingService TracingService => _services.Tracing;

    public IOrganizationServiceFactory OrganizationServiceFactory => _services.Factory;

    /// <summary>Runs as the step's user (the caller, or whom the step impersonates).</summary>
    public IOrganizationService PluginUserService => _services.UserService;

    /// <summary>Runs as the user who started the operation.</summary>
    public IOrganizationService InitiatingUserService => _services.InitiatingUserService;

    /// <summary>The managed identity bound to the plug-in assembly, where the environment provides one.</summary>
    public IManagedIdentityService? ManagedIdentityService { get; }

    internal ElapsedTimeTracingService ElapsedTimeTracing => _services.Tracing;

    public void Trace(string format, params object[] args) => _services.Tracing.Trace(format, args);
}
