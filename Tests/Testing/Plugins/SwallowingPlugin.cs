using System;
using System.ServiceModel;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace DualWrite.Tests.Testing.Plugins;

/// <summary>The anti-pattern the platform punishes: it catches a failed call and carries on as if nothing happened.</summary>
public sealed class SwallowingPlugin : IPlugin
{
    public void Execute(IServiceProvider serviceProvider)
    {
        var context = (IPluginExecutionContext)serviceProvider.GetService(typeof(IPluginExecutionContext))!;
        var factory = (IOrganizationServiceFactory)serviceProvider.GetService(typeof(IOrganizationServiceFactory))!;
        try
        {
            factory.CreateOrganizationService(context.UserId).Retrieve("account", Guid.NewGuid(), new ColumnSet(true));
        }
        catch (FaultException<OrganizationServiceFault>)
        {
            // Swallowed on purpose.
        }
    }
}
