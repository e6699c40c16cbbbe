using System.Activities;
using System.Collections.Generic;
using DualWrite.Testing.Pipeline;
using DualWrite.Testing.Services;

namespace DualWrite.Testing.Activities;

/// <summary>
/// Runs a custom workflow activity as a workflow host does: its arguments bound by name, the workflow context,
/// tracing and service factory offered as extensions, inside the transaction when the workflow runs real-time.
/// </summary>
internal static class CodeActivityRunner
{
    public static IDictionary<string, object?> Run(InMemoryOrganization organization, CodeActivity activity, WorkflowContext context, IDictionary<string, object?> inputs)
    {
        lock (organization.SyncRoot)
        {
            try
            {
                IDictionary<string, object?> Invoke() => RunInOpenTransaction(organization, activity, context, inputs);
                return context.IsInTransaction ? Transactions.Run(organization.Store, Invoke) : Invoke();
            }
            finally
            {
                organization.AsyncJobs.RunPendingIfAutomatic();
            }
        }
    }

    /// <summary>Runs the activity where the caller already is (a synchronous action's core operation, inside its transaction).</summary>
    public static IDictionary<string, object?> RunInOpenTransaction(InMemoryOrganization organization, CodeActivity activity, WorkflowContext context, IDictionary<string, object?> inputs)
    {
        var tracing = new CapturingTracingService(organization.Traces, activity.GetType().FullName!);
        object[] extensions = [context, tracing, new OrganizationServiceFactory(organization, context), .. organization.HostServices.All];
        return CodeActivityInvoker.Invoke(activity, inputs, extensions);
    }
}
