using System;
using Microsoft.Xrm.Sdk;

namespace DualWrite.Tests.Testing.Plugins;

/// <summary>The classic loop: on each update of a project it updates the same project's counter again.</summary>
public sealed class SelfUpdatingPlugin : IPlugin
{
    public void Execute(IServiceProvider serviceProvider)
    {
        var context = (IPluginExecutionContext)serviceProvider.GetService(typeof(IPluginExecutionContext))!;
        var factory = (IOrganizationServiceFactory)serviceProvider.GetService(typeof(IOrganizationServiceFactory))!;
        factory.CreateOrganizationService(context.UserId).Update(new Entity(context.PrimaryEntityName, context.PrimaryEntityId) { ["dw_counter"] = context.Depth });
    }
}
