using System;
using System.Collections.Generic;
using System.Linq;
using DualWrite.Common.Tables;
using DualWrite.Plugins.Configuration;
using DualWrite.Plugins.Finance;
using DualWrite.Plugins.Maps;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;
using Columns = DualWrite.Common.Tables.OutboxTable.Columns;

namespace DualWrite.Plugins.Sync;

/// <summary>
/// Delivers initial-sync rows ("*", every map of the table) in bulk: the row claims other Pending such rows of its
/// table, and the records Finance has never been sent go as create change sets, one Finance row each, in one $batch
/// request. Whatever needs more care (a parent not in Finance yet, a record Finance got before, a change set Finance
/// refused, a failed request) becomes a per-map outbox row, so the usual delivery (upsert, retries, Failed with the
/// reason, replay) owns it. Every claimed row ends Delivered with what happened to its record.
/// </summary>
internal sealed class InitialSyncBatch
{
    /// <summary>
    /// Rows one run delivers. A sandboxed plug-in is stopped after 2 minutes; 200 records' reads, sync states and one
    /// $batch stay far inside that, and still spend a request per 200 records instead of two per record.
    /// </summary>
    public const int MaximumRows = 200;

    /// <summary>
    /// Change sets per $batch request, each a record's row in one company: Finance's service protection speaks of up to
    /// 5,000 operations in one batch, so a run's creates (at most 200 records times the companies each goes to) are
    /// split there rather than grow without bound.
    /// </summary>
    private const int MaximumChangeSetsPerRequest = 5000;

    private readonly IOrganizationService _service;
    private readonly SyncSettings _settings;
    private readonly SyncStateStore _states;
    private readonly FinanceRowBuilder _rows;
    private readonly Func<FinanceClient> _finance;
    private readonly ITracingService _tracing;

    public InitialSyncBatch(IOrganizationService service, SyncSettings settings, SyncStateStore states, FinanceRowBuilder rows, Func<FinanceClient> finance, ITracingService tracing)
    {
        _service = service;
        _settings = settings;
        _states = states;
        _rows = rows;
        _finance = finance;
        _tracing = tracing;
    }

    /// <param name="first">A Pending "*" row, delivered with up to <see cref="MaximumRows"/> - 1 others.</param>
    public void Deliver(Entity first)
    {
        string table = first.GetAttributeValue<string>(Columns.SourceTable) ?? "";
        IReadOnlyList<Entity> rows = [first, .. OthersOf(first, table)];
        Dictionary<Guid, Entity> records = Records(table, rows);
        var tallies = rows.ToDictionary(r => r.Id, _ => new InitialSyncTally());
        var creates = new List<InitialSyncCreate>();
        foreach (Entity row in rows)
        {
            if (!records.TryGetValue(SourceId(row), out Entity? record))
            {
                continue; // deleted since it was queued: nothing to send
            }

            foreach (TableMap map in TableMaps.Of(table).Where(m => m.Accepts(record)))
            {
                if (_settings.ModeFor(map.Name) == SyncMode.Off)
                {
                    tallies[row.Id].Off++; // no sync state, no outbox row: a later initial sync sends it once the map is on
                    continue;
                }

                if (Plan(row, map, record, tallies[row.Id]) is { } create)
                {
                    creates.Add(create);
                }
            }
        }

        Send(creates);
        foreach (InitialSyncCreate create in creates)
        {
            if (create.Failed)
            {
                Queue(create.OutboxRow, create.Map, tallies[create.OutboxRow.Id]);
            }
            else
            {
                WaitingChanges.Release(_service, create.Map.Name, create.Record.Id);
                tallies[create.OutboxRow.Id].Sent++;
            }
        }

        foreach (Entity row in rows)
        {
            Outbox.Finish(_service, row.Id, OutboxTable.Status.Delivered, tallies[row.Id].Describe(rows.Count, table));
        }

        _tracing.Trace("Initial sync of {0}: {1} row(s) delivered together; {2} record-map(s) created in Finance, {3} queued on their own.", table, rows.Count, creates.Count(c => !c.Failed), tallies.Values.Sum(t => t.Queued));
    }

    /// <summary>What the record needs under the map: a create in the batch (returned), nothing, or its own outbox row.</summary>
    private InitialSyncCreate? Plan(Entity row, TableMap map, Entity record, InitialSyncTally tally)
    {
        if (ParentCheck.FirstMissing(map, record, _states) is not null)
        {
            Queue(row, map, tally); // it waits there for its parent
            return null;
        }

        IReadOnlyList<FinanceRow> rows;
        try
        {
            rows = _rows.Build(map, record);
        }
        catch (InvalidPluginExecutionException)
        {
            Queue(row, map, tally); // its own delivery fails it with the reason
            return null;
        }

        IReadOnlyList<Entity> states = _states.Of(map.Name, record.Id);
        var fresh = new List<FinanceRow>();
        foreach (FinanceRow financeRow in rows)
        {
            string partition = financeRow.Partition;
            if (!states.Any(s => s.GetAttributeValue<string>(SyncStateTable.Columns.LegalEntity) == partition))
            {
                fresh.Add(financeRow);
            }
            else if (SyncStateStore.AcceptedHash(states, partition) != financeRow.Hash)
            {
                Queue(row, map, tally); // Finance got it before: the upsert path updates it
                return null;
            }
        }

        if (fresh.Count == 0)
        {
            tally.Unchanged++;
            return null;
        }

        return new InitialSyncCreate(row, map, record, fresh);
    }

    private void Send(IReadOnlyList<InitialSyncCreate> creates)
    {
        var chunk = new List<(InitialSyncCreate Create, FinanceRow Row)>();
        foreach (InitialSyncCreate create in creates)
        {
            foreach (FinanceRow row in create.Rows)
            {
                if (chunk.Count == MaximumChangeSetsPerRequest)
                {
                    SendChunk(chunk);
                    chunk.Clear();
                }

                chunk.Add((create, row));
            }
        }

        if (chunk.Count > 0)
        {
            SendChunk(chunk);
        }
    }

    private void SendChunk(IReadOnlyList<(InitialSyncCreate Create, FinanceRow Row)> chunk)
    {
        IReadOnlyList<FinanceChangeSetOutcome> outcomes;
        try
        {
            // A change set per row: one refused row leaves the others written, and goes on its own.
            outcomes = _finance().ExecuteBatch(chunk.Select(c => new FinanceChangeSet([FinanceBatchOperation.Create(c.Row.EntitySet, c.Row.FullRow)])).ToArray());
        }
        catch (FinanceException e)
        {
            _tracing.Trace("Initial sync: the $batch of {0} change set(s) failed; each record goes on its own: {1}", chunk.Count, e.Message);
            foreach ((InitialSyncCreate create, _) in chunk)
            {
                create.Failed = true;
            }

            return;
        }

        for (int i = 0; i < chunk.Count; i++)
        {
            (InitialSyncCreate create, FinanceRow row) = chunk[i];
            if (outcomes[i].Refusal is { } refusal)
            {
                create.Failed = true;
                _tracing.Trace("Initial sync: {0} {1:D} (map '{2}') goes on its own: {3}", create.Record.LogicalName!, create.Record.Id, create.Map.Name, refusal.Message);
            }
            else
            {
                _states.Synced(create.Map.Name, create.Record, row, row.Hash, Guid.NewGuid());
            }
        }
    }

    private void Queue(Entity row, TableMap map, InitialSyncTally tally)
    {
        Outbox.EnqueueForMap(_service, row, map.Name);
        tally.Queued++;
    }

    /// <summary>Other Pending initial-sync rows of the table, oldest first; their own runs then find them delivered.</summary>
    private IEnumerable<Entity> OthersOf(Entity first, string table)
    {
        var query = new QueryExpression(OutboxTable.LogicalName) { ColumnSet = new ColumnSet(true), TopCount = MaximumRows - 1 };
        query.Criteria.AddCondition(Columns.Map, ConditionOperator.Equal, OutboxTable.EveryMapOfTheTable);
        query.Criteria.AddCondition(Columns.SourceTable, ConditionOperator.Equal, table);
        query.Criteria.AddCondition(Columns.Status, ConditionOperator.Equal, OutboxTable.Status.Pending);
        query.Criteria.AddCondition(Columns.WaitingFor, ConditionOperator.Null);
        query.Criteria.AddCondition(Columns.Id, ConditionOperator.NotEqual, first.Id);
        query.AddOrder("createdon", OrderType.Ascending);
        return _service.RetrieveMultiple(query).Entities;
    }

    /// <summary>The rows' records in one query, with the columns every map of the table reads.</summary>
    private Dictionary<Guid, Entity> Records(string table, IReadOnlyList<Entity> rows)
    {
        var query = new QueryExpression(table) { ColumnSet = new ColumnSet(TableMaps.Of(table).SelectMany(m => m.ImageColumns).Distinct(StringComparer.Ordinal).ToArray()) };
        query.Criteria.AddCondition(table + "id", ConditionOperator.In, rows.Select(r => (object)SourceId(r)).Distinct().ToArray());
        return _service.RetrieveMultiple(query).Entities.ToDictionary(e => e.Id);
    }

    private static Guid SourceId(Entity row) => Guid.Parse(row.GetAttributeValue<string>(Columns.SourceId) ?? "");
}
