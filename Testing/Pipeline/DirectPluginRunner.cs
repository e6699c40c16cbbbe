using DualWrite.Testing.Services;
using Microsoft.Xrm.Sdk;

namespace DualWrite.Testing.Pipeline;

/// <summary>
/// Runs one plug-in with a context a test built (FakeXrmEasy's ExecutePluginWith): the same services as in the
/// pipeline, inside a transaction when the context says it is in one, and the plug-in's exception as thrown.
/// </summary>
internal static class DirectPluginRunner
{
    public static void Run(InMemoryOrganization organization, IPlugin plugin, PluginExecutionContext context)
    {
        lock (organization.SyncRoot)
        {
            try
            {
                var tracing = new CapturingTracingService(organization.Traces, plugin.GetType().FullName!);
                PluginServiceProvider services = organization.CreateServiceProvider(context, tracing);
                if (context.IsInTransaction)
                {
                    Transactions.Run(organization.Store, () =>
                    {
                        plugin.Execute(services);
                        return true;
                    });
                }
                else
                {
                    plugin.Execute(services);
                }
            }
            finally
            {
                organization.AsyncJobs.RunPendingIfAutomatic();
            }
        }
    }
}
