using System;
using System.Activities;
using System.ComponentModel;
using System.Globalization;
using DualWrite.Common.Sync;
using DualWrite.WorkflowActivities.Arguments;
using DualWrite.WorkflowActivities.Replay;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Workflow;

namespace DualWrite.WorkflowActivities;

/// <summary>
/// Requeues the outbox rows whose delivery to Finance failed: every one, one table's, or one record's. The outbound
/// delivery step picks them up again; this activity makes no Finance call itself.
/// </summary>
[DisplayName("Replay failed syncs")]
[Description("Puts failed outbox entries back in the queue for Finance: all of them, those of one table, or those of one record; reports how many.")]
[Category(ActivityGroup.Name)]
public sealed class ReplayFailedSyncsActivity : CodeActivityBase
{
    [Input("Table (logical name; empty: every table)")]
    public InArgument<string> SourceTable { get; set; } = new();

    [Input("Record id (empty: every record)")]
    public InArgument<string> SourceId { get; set; } = new();

    [Output("Entries requeued")]
    public OutArgument<int> Requeued { get; set; } = new();

    [Output("Message")]
    public OutArgument<string> Message { get; set; } = new();

    protected override void ExecuteActivity(LocalActivityContext context)
    {
        string? table = ArgumentText.Optional(SourceTable.Get(context.ActivityContext)) is { } named ? TableName.Canonical(named) : null;
        if (table is not null && !SyncedTables.Contains(table))
        {
            throw new InvalidPluginExecutionException($"Failed syncs of table '{table}' cannot be replayed: {SyncedTables.NotSynced(table)}; nothing was requeued.");
        }

        string? idText = ArgumentText.Optional(SourceId.Get(context.ActivityContext));
        Guid? id = null;
        if (idText is not null)
        {
            id = ArgumentText.TryParseRecordId(idText, out Guid parsed)
                ? parsed
                : throw new InvalidPluginExecutionException($"Record id '{idText}' is not a record id (a GUID); nothing was requeued.");
        }

        int requeued = FailedSyncReplayer.Replay(context.OrganizationService, table, id);
        string scope = table is null
            ? id is null ? "every table" : $"record {id:D}"
            : id is null ? $"table {table}" : $"{table} {id:D}";
        string message = string.Format(CultureInfo.InvariantCulture, "Requeued {0} failed outbox entr{1} of {2}.", requeued, requeued == 1 ? "y" : "ies", scope);
        context.Trace("{0}", message);
        Requeued.Set(context.ActivityContext, requeued);
        Message.Set(context.ActivityContext, message);
    }

}
