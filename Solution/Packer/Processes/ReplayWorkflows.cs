using System.Collections.Generic;
using DualWrite.Common.Tables;

namespace DualWrite.SolutionPacker.Processes;

/// <summary>The on-demand replay workflows: on the outbox and on the sync states, each replays the failed changes of the selected rows' records.</summary>
internal static class ReplayWorkflows
{
    private const string ReplayActivity = "DualWrite.WorkflowActivities.ReplayFailedSyncsActivity";

    public static IReadOnlyList<OnDemandWorkflow> All { get; } =
    [
        new(
            "DualWrite: replay the record's failed changes (outbox)",
            "Puts the failed outbox entries of each selected entry's record back in the queue for Finance.",
            OutboxTable.LogicalName,
            ReplayActivity,
            new Dictionary<string, string> { ["SourceTable"] = OutboxTable.Columns.SourceTable, ["SourceId"] = OutboxTable.Columns.SourceId }),
        new(
            "DualWrite: replay the record's failed changes (sync state)",
            "Puts the failed outbox entries of each selected sync state's record back in the queue for Finance.",
            SyncStateTable.LogicalName,
            ReplayActivity,
            new Dictionary<string, string> { ["SourceTable"] = SyncStateTable.Columns.SourceTable, ["SourceId"] = SyncStateTable.Columns.SourceId }),
    ];
}
