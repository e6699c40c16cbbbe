using System;
using System.Collections.Generic;
using System.Linq;
using DualWrite.Common.Tables;
using DualWrite.LocalRun.Metrics;
using DualWrite.Testing;
using Microsoft.Xrm.Sdk;
using Spectre.Console;

namespace DualWrite.LocalRun.Run;

/// <summary>
/// Queued mode, after the saves: what an administrator does when changes failed for good. Table by table, the
/// zip's replay action (dw_ReplayFailedSyncs, through the organization service) puts Failed outbox changes back in the queue and the asynchronous service delivers them
/// (releasing the children that waited for them), round after round until nothing is Failed or Pending, or
/// <see cref="MaximumRounds"/> have not got there.
/// </summary>
public sealed class FailedChangeReplay
{
    public const int MaximumRounds = 10;

    private readonly InMemoryDataverse _dataverse;
    private readonly string _replayAction;
    private readonly RunRecorder _recorder;

    /// <param name="replayAction">The action's message name.</param>
    public FailedChangeReplay(InMemoryDataverse dataverse, string replayAction, RunRecorder recorder)
    {
        _dataverse = dataverse;
        _replayAction = replayAction;
        _recorder = recorder;
    }

    public int Rounds { get; private set; }

    public void Run(ProgressTask progress)
    {
        progress.MaxValue = MaximumRounds;
        while (Rounds < MaximumRounds)
        {
            (string Table, int Status)[] open = _dataverse.Records(OutboxTable.LogicalName)
                .Select(o => (Table: o.GetAttributeValue<string>(OutboxTable.Columns.SourceTable) ?? "", Status: o.GetAttributeValue<OptionSetValue>(OutboxTable.Columns.Status)?.Value ?? 0))
                .Where(o => o.Status is OutboxTable.Status.Failed or OutboxTable.Status.Pending)
                .ToArray();
            if (open.Length == 0)
            {
                break;
            }

            Rounds++;
            string[] failedTables = open.Where(o => o.Status == OutboxTable.Status.Failed).Select(o => o.Table).Distinct(StringComparer.Ordinal).ToArray();
            if (failedTables.Length == 0)
            {
                // Only changes waiting for something: let the asynchronous service run whatever is queued.
                _recorder.Measure(OutboxTable.LogicalName, RunPhase.Replay, Guid.Empty, () =>
                {
                    _dataverse.RunPendingAsyncJobs();
                    return true;
                });
            }

            foreach (string table in failedTables)
            {
                _recorder.Time(table, RunPhase.Replay, Guid.Empty, () =>
                {
                    _dataverse.GetOrganizationService().Execute(new OrganizationRequest(_replayAction) { ["SourceTable"] = table });
                    _dataverse.RunPendingAsyncJobs();
                });
            }

            progress.Increment(1);
        }

        progress.Value = progress.MaxValue;
    }
}
