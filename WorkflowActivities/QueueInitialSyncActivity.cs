using System;
using System.Activities;
using System.ComponentModel;
using System.Globalization;
using DualWrite.Common.Queries;
using DualWrite.Common.Sync;
using DualWrite.WorkflowActivities.Arguments;
using DualWrite.WorkflowActivities.Replay;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Workflow;

namespace DualWrite.WorkflowActivities;

/// <summary>
/// Initial sync of a table: queues every existing record for the outbound queue to push to Finance under each of
/// the table's maps, reading the table a page at a time. The Finance calls stay with the outbound delivery step.
/// </summary>
[DisplayName("Queue initial sync of a table")]
[Description("Queues every existing record of a table in the outbox, page by page, so the outbound queue pushes them to Finance under each of the table's maps; reports how many.")]
[Category(ActivityGroup.Name)]
public sealed class QueueInitialSyncActivity : CodeActivityBase
{
    [Input("Table (logical name)")]
    [RequiredArgument]
    public InArgument<string> Table { get; set; } = new();

    [Input("Page size (1 to 1,000)")]
    [Default("1000")]
    public InArgument<int> PageSize { get; set; } = new();

    [Output("Entries queued")]
    public OutArgument<int> Queued { get; set; } = new();

    [Output("Entries queued before by this run")]
    public OutArgument<int> AlreadyQueued { get; set; } = new();

    [Output("Message")]
    public OutArgument<string> Message { get; set; } = new();

    protected override void ExecuteActivity(LocalActivityContext context)
    {
        string table = TableName.Canonical(Table.Get(context.ActivityContext) ?? "");
        int pageSize = PageSize.Get(context.ActivityContext);
        if (!SyncedTables.Contains(table))
        {
            throw new InvalidPluginExecutionException($"Table '{table}' cannot be synced: {SyncedTables.NotSynced(table)}; nothing was queued.");
        }

        if (pageSize is < 1 or > PagedQuery.MaximumPageSize)
        {
            throw new InvalidPluginExecutionException($"Page size {pageSize} is out of range: a page holds 1 to {PagedQuery.MaximumPageSize} records.");
        }

        InitialSyncOutcome outcome = InitialSyncQueue.Queue(context.OrganizationService, table, context.WorkflowContext.CorrelationId, pageSize);
        string message = string.Format(
            CultureInfo.InvariantCulture,
            "Queued {0} {1} record(s) for Finance from {2} page(s); {3} were queued by an earlier attempt of this run.",
            outcome.Queued,
            table,
            outcome.Pages,
            outcome.AlreadyQueued);
        context.Trace("{0}", message);
        Queued.Set(context.ActivityContext, outcome.Queued);
        AlreadyQueued.Set(context.ActivityContext, outcome.AlreadyQueued);
        Message.Set(context.ActivityContext, message);
    }
}
