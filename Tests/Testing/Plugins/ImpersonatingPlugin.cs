using System;
using Microsoft.Xrm.Sdk;

namespace DualWrite.Tests.Testing.Plugins;

/// <summary>Creates an audit row as the user id its configuration names ("system" for SYSTEM, a null user id).</summary>
public sealed class ImpersonatingPlugin : IPlugin
{
    private readonly Guid? _userId;

    public ImpersonatingPlugin(string? unsecureConfiguration)
    {
        _userId = unsecureConfiguration is null or "system" ? null : Guid.Parse(unsecureConfiguration);
    }

    public void Execute(IServiceProvider serviceProvider)
    {
        var factory = (IOrganizationServiceFactory)serviceProvider.GetService(typeof(IOrganizationServiceFactory))!;
        factory.CreateOrganizationService(_userId).Create(new Entity(Support.TestTables.Audit) { ["dw_name"] = "impersonated" });
    }
}
