using System;
using DualWrite.Tests.Testing.Support;
using Microsoft.Xrm.Sdk;

namespace DualWrite.Tests.Testing.Plugins;

/// <summary>Writes a dw_audit row naming the stage and depth it ran at, as the user the step runs as.</summary>
public sealed class AuditWritingPlugin : IPlugin
{
    public void Execute(IServiceProvider serviceProvider)
    {
        var context = (IPluginExecutionContext)serviceProvider.GetService(typeof(IPluginExecutionContext))!;
        var factory = (IOrganizationServiceFactory)serviceProvider.GetService(typeof(IOrganizationServiceFactory))!;
        var audit = new Entity(TestTables.Audit)
        {
            ["dw_name"] = $"{context.MessageName} of {context.PrimaryEntityName}",
            ["dw_stage"] = context.Stage.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["dw_depth"] = context.Depth,
        };
        if (context.PrimaryEntityName == TestTables.Project && context.PrimaryEntityId != Guid.Empty && context.MessageName != "Delete")
        {
            audit["dw_projectid"] = new EntityReference(TestTables.Project, context.PrimaryEntityId);
        }

        factory.CreateOrganizationService(context.UserId).Create(audit);
    }
}
