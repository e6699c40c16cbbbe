using System;
using System.Collections.Generic;
using System.Linq;
using DualWrite.Common.Tables;
using DualWrite.LocalRun.Check;
using DualWrite.LocalRun.DataSet;
using DualWrite.LocalRun.Metrics;
using DualWrite.Testing;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;
using Spectre.Console;

namespace DualWrite.LocalRun.Run;

/// <summary>
/// Applies a data set's operations in order, as users would: seeded rows are stored as they are, creates and updates
/// go through the organization service so the registered steps run. A save that fails (Finance refused it after the
/// client's own retries) is made again with the same id, up to <see cref="SaveAttempts"/> times. In queued mode the
/// asynchronous service delivers each save's outbox change right after it, as its own timed execution.
/// </summary>
public sealed class DataSetSaver
{
    /// <summary>How often a user saves a record before giving up on it.</summary>
    public const int SaveAttempts = 4;

    private readonly InMemoryDataverse _dataverse;
    private readonly IOrganizationService _service;
    private readonly RunRecorder _recorder;
    private readonly bool _queued;

    public DataSetSaver(InMemoryDataverse dataverse, RunRecorder recorder, bool queued)
    {
        _dataverse = dataverse;
        _service = dataverse.GetOrganizationService();
        _recorder = recorder;
        _queued = queued;
    }

    /// <summary>The saves given up on after every attempt failed, with the last error: records that never reached Dataverse as the data set has them.</summary>
    public List<CheckDifference> GaveUp { get; } = [];

    public int SeededRows { get; private set; }

    public void Apply(IReadOnlyList<DataSetOperation> operations, ProgressTask progress)
    {
        var seeds = new List<Entity>();
        foreach (DataSetOperation operation in operations)
        {
            if (operation.Kind == DataSetOperationKind.Seed)
            {
                seeds.Add(operation.Record);
                continue;
            }

            Initialize(seeds);
            Save(operation);
            progress.Increment(1);
        }

        Initialize(seeds);
    }

    // Consecutive seeded rows are stored together: no step runs for them, so order within the run is all that matters.
    private void Initialize(List<Entity> seeds)
    {
        if (seeds.Count > 0)
        {
            _dataverse.Initialize(seeds);
            SeededRows += seeds.Count;
            seeds.Clear();
        }
    }

    private void Save(DataSetOperation operation)
    {
        Exception? failure = null;
        for (int attempt = 1; attempt <= SaveAttempts; attempt++)
        {
            Entity record = Copy(operation.Record);
            failure = _recorder.Time(operation.Table, RunPhase.Save, record.Id, () =>
            {
                if (operation.Kind == DataSetOperationKind.Create)
                {
                    _service.Create(record);
                }
                else
                {
                    _service.Update(record);
                }
            });
            if (failure is null)
            {
                break;
            }
        }

        if (failure is not null)
        {
            GaveUp.Add(new CheckDifference($"{operation.Table} {operation.Record.Id:D}", "-", $"the user gave up after {SaveAttempts} failed saves ({operation.Kind}): {failure.Message}"));
            return;
        }

        if (_queued)
        {
            Deliver(operation);
        }
    }

    private void Deliver(DataSetOperation operation)
    {
        // A change still Failed after the asynchronous service's retries is a failed delivery; the replay phase takes it on.
        _recorder.Measure(operation.Table, RunPhase.Delivery, operation.Record.Id, () =>
        {
            _dataverse.RunPendingAsyncJobs();
            return !HasFailedChange(operation.Record.Id);
        });
    }

    private bool HasFailedChange(Guid recordId)
    {
        var query = new QueryExpression(OutboxTable.LogicalName) { ColumnSet = new ColumnSet(OutboxTable.Columns.Status), TopCount = 1 };
        query.Criteria.AddCondition(OutboxTable.Columns.SourceId, ConditionOperator.Equal, recordId.ToString("D"));
        query.Criteria.AddCondition(OutboxTable.Columns.Status, ConditionOperator.Equal, OutboxTable.Status.Failed);
        return _service.RetrieveMultiple(query).Entities.Count > 0;
    }

    // A fresh request each time, as a form posts one: the pipeline must not see what an earlier, rolled-back save left on it.
    private static Entity Copy(Entity record)
    {
        var copy = new Entity(record.LogicalName!, record.Id);
        foreach (KeyValuePair<string, object?> column in record.Attributes)
        {
            copy[column.Key] = column.Value;
        }

        return copy;
    }
}
