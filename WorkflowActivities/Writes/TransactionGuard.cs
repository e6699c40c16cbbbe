using Microsoft.Xrm.Sdk;

namespace DualWrite.WorkflowActivities.Writes;

/// <summary>
/// The activities that write a document or a confirmation write it whole or not at all, which only the platform's
/// transaction gives them: batch requests (ExecuteTransactionRequest, ExecuteMultipleRequest) are not to be used in
/// plug-ins and workflow activities (learn.microsoft.com/power-apps/developer/data-platform/best-practices/business-logic/avoid-batch-requests-plugin).
/// A background workflow runs outside any transaction, so there they refuse before writing anything.
/// </summary>
internal static class TransactionGuard
{
    public static void Require(IExecutionContext context, string activity)
    {
        if (!context.IsInTransaction)
        {
            throw new InvalidPluginExecutionException(
                $"{activity} writes only inside a Dataverse transaction, so that what it writes lands whole or not at all, but it was started outside one " +
                "(a background workflow); nothing was written. Call it from a real-time workflow (uncheck \"Run this workflow in the background\"), " +
                "from a Dataverse action, or from a synchronous plug-in step.");
        }
    }
}
