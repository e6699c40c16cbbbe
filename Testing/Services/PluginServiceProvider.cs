using System;
using Microsoft.Xrm.Sdk;

namespace DualWrite.Testing.Services;

/// <summary>The IServiceProvider a plug-in's Execute receives: its context, tracing, the service factory, the managed identity, the endpoint notification service, and the host's own services (null for anything else).</summary>
public sealed class PluginServiceProvider : IServiceProvider
{
    private readonly IPluginExecutionContext _context;
    private readonly ITracingService _tracing;
    private readonly IOrganizationServiceFactory _factory;
    private readonly IManagedIdentityService _managedIdentity;
    private readonly IServiceEndpointNotificationService _endpoints;
    private readonly HostServices _hostServices;

    internal PluginServiceProvider(IPluginExecutionContext context, ITracingService tracing, IOrganizationServiceFactory factory, IManagedIdentityService managedIdentity, IServiceEndpointNotificationService endpoints, HostServices hostServices)
    {
        _hostServices = hostServices;
        _context = context;
        _tracing = tracing;
        _factory = factory;
        _managedIdentity = managedIdentity;
        _endpoints = endpoints;
    }

    public object? GetService(Type serviceType)
    {
        ArgumentNullException.ThrowIfNull(serviceType);
        if (serviceType.IsInstanceOfType(_context) && typeof(IExecutionContext).IsAssignableFrom(serviceType))
        {
            return _context;
        }

        if (serviceType == typeof(ITracingService))
        {
            return _tracing;
        }

        if (serviceType == typeof(IOrganizationServiceFactory))
        {
            return _factory;
        }

        if (serviceType == typeof(IManagedIdentityService))
        {
            return _managedIdentity;
        }

        return serviceType == typeof(IServiceEndpointNotificationService) ? _endpoints : _hostServices.Find(serviceType);
    }
}
