using System;
using Microsoft.Xrm.Sdk;

namespace DualWrite.Benchmarks.Setup;

/// <summary>The services a plug-in execution gets, with every organization service it asks for answered by one <see cref="CannedOrganizationService"/>.</summary>
public sealed class CannedServices : IServiceProvider, IOrganizationServiceFactory
{
    private readonly IServiceProvider _execution;
    private readonly CannedOrganizationService _service;

    public CannedServices(IServiceProvider execution, CannedOrganizationService service)
    {
        _execution = execution ?? throw new ArgumentNullException(nameof(execution));
        _service = service ?? throw new ArgumentNullException(nameof(service));
    }

    public object? GetService(Type serviceType) => serviceType == typeof(IOrganizationServiceFactory) ? this : _execution.GetService(serviceType);

    public IOrganizationService CreateOrganizationService(Guid? userId) => _service;
}
