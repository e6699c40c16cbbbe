using System;
using System.Linq;
using DualWrite.Common.Tables;
using DualWrite.Plugins.Finance;
using DualWrite.Plugins.Maps;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;
using Columns = DualWrite.Common.Tables.OutboxTable.Columns;
using Status = DualWrite.Common.Tables.OutboxTable.Status;

namespace DualWrite.Plugins.Sync;

/// <summary>
/// Delivers one Pending outbox row. Each run counts an attempt on the row first (an asynchronous step's writes stay
/// when it throws). A transient failure asks the platform for a retry until the last attempt, after which the row
/// and the sync state stay Failed with the reason; a refusal is final at once. A change whose parent has not
/// reached Finance waits, without using up attempts, until the parent's sync releases it. A row for every map of
/// its table ("*", initial sync) is delivered with others of its table by <see cref="InitialSyncBatch"/>.
/// </summary>
internal sealed class OutboxDelivery
{
    private readonly IOrganizationService _service;
    private readonly SyncStateStore _states;
    private readonly Func<MapSender> _sender;
    private readonly Func<InitialSyncBatch> _initialSync;
    private readonly ITracingService _tracing;

    public OutboxDelivery(IOrganizationService service, SyncStateStore states, Func<MapSender> sender, Func<InitialSyncBatch> initialSync, ITracingService tracing)
    {
        _service = service;
        _states = states;
        _sender = sender;
        _initialSync = initialSync;
        _tracing = tracing;
    }

    public void Deliver(Guid outboxId)
    {
        Entity row = _service.Retrieve(OutboxTable.LogicalName, outboxId, new ColumnSet(true));
        if (row.GetAttributeValue<OptionSetValue>(Columns.Status)?.Value != Status.Pending || !string.IsNullOrEmpty(row.GetAttributeValue<string>(Columns.WaitingFor)))
        {
            _tracing.Trace("Outbox {0:D} is not Pending (or waits for a parent); nothing to deliver.", outboxId);
            return;
        }

        string mapName = row.GetAttributeValue<string>(Columns.Map) ?? "";
        string table = row.GetAttributeValue<string>(Columns.SourceTable) ?? "";
        Guid sourceId = Guid.Parse(row.GetAttributeValue<string>(Columns.SourceId) ?? "");
        bool isDelete = row.GetAttributeValue<OptionSetValue>(Columns.Operation)?.Value == OutboxTable.Operation.Delete;
        if (mapName == OutboxTable.EveryMapOfTheTable)
        {
            DeliverInitialSync(row, table, sourceId);
            return;
        }

        TableMap map = TableMaps.Named(mapName);
        int attempt = row.GetAttributeValue<int?>(Columns.Attempts).GetValueOrDefault() + 1;
        Set(outboxId, e => e[Columns.Attempts] = attempt);
        try
        {
            if (isDelete)
            {
                _sender().Delete(map, sourceId);
                Finish(outboxId, Status.Delivered, null);
                return;
            }

            Entity? record = _service.RetrieveMultiple(ById(table, sourceId, map)).Entities.FirstOrDefault();
            if (record is null || !map.Accepts(record))
            {
                Finish(outboxId, Status.Abandoned, record is null ? "The record no longer exists." : $"The record no longer meets the map's filter ({map.Filter!.Description}).");
                return;
            }

            Guid? queuedUnder = Guid.TryParse(row.GetAttributeValue<string>(Columns.CorrelationId), out Guid change) ? change : null;
            int written = _sender().Send(map, record, isNewRecord: false, queuedUnder);
            Finish(outboxId, Status.Delivered, null);
            _tracing.Trace("Outbox {0:D}: delivered {1} document(s) for {2} {3:D} on attempt {4}.", outboxId, written, table, sourceId, attempt);
        }
        catch (ParentNotSyncedException waiting)
        {
            Set(outboxId, e =>
            {
                e[Columns.Attempts] = attempt - 1;
                e[Columns.WaitingFor] = waiting.Parent.WaitKey;
                e[Columns.LastError] = waiting.Message;
            });
        }
        catch (FinanceException e) when (e.IsTransient && attempt < DeliveryAttempts.Maximum)
        {
            Set(outboxId, r => r[Columns.LastError] = e.Message);
            throw new InvalidPluginExecutionException(OperationStatus.Retry, $"Attempt {attempt} of {DeliveryAttempts.Maximum} to deliver {table} {sourceId:D} (map '{mapName}') failed and will be retried: {e.Message}");
        }
        catch (Exception e) when (e is not InvalidPluginExecutionException { Status: OperationStatus.Retry })
        {
            string reason = $"Attempt {attempt} of {DeliveryAttempts.Maximum} failed{(e is FinanceException { IsTransient: true } ? ", the last" : ", and retrying cannot help")}: {e.Message}";
            Finish(outboxId, Status.Failed, reason);
            _states.Failed(mapName, table, sourceId, Partition(map, table, sourceId), null, Guid.NewGuid(), attempt, reason);
            _tracing.Trace("Outbox {0:D}: {1}", outboxId, reason);
        }
    }

    private void DeliverInitialSync(Entity row, string table, Guid sourceId)
    {
        InitialSyncBatch batch;
        try
        {
            batch = _initialSync();
        }
        catch (InvalidPluginExecutionException e)
        {
            // A bad setting: each map's row goes on its own and fails naming it.
            _tracing.Trace("Outbox {0:D}: no initial-sync batch ({1}); queued per map.", row.Id, e.Message);
            Expand(row, table, sourceId);
            return;
        }

        batch.Deliver(row);
    }

    private void Expand(Entity row, string table, Guid sourceId)
    {
        int queued = 0;
        foreach (TableMap map in TableMaps.Of(table))
        {
            Entity? record = _service.RetrieveMultiple(ById(table, sourceId, map)).Entities.FirstOrDefault();
            if (record is not null && map.Accepts(record))
            {
                Outbox.EnqueueForMap(_service, row, map.Name);
                queued++;
            }
        }

        Finish(row.Id, Status.Delivered, $"Queued for {queued} map(s) of {table}.");
    }

    /// <summary>The company a failure is recorded for: the sync state the record already has, else "*".</summary>
    private string Partition(TableMap map, string table, Guid sourceId) =>
        _states.Of(map.Name, sourceId).Select(s => s.GetAttributeValue<string>(SyncStateTable.Columns.LegalEntity)).FirstOrDefault(p => !string.IsNullOrEmpty(p)) ?? "*";

    private static QueryExpression ById(string table, Guid id, TableMap map)
    {
        var query = new QueryExpression(table) { ColumnSet = new ColumnSet(map.ImageColumns.ToArray()) };
        query.Criteria.AddCondition(table + "id", ConditionOperator.Equal, id);
        return query;
    }

    private void Finish(Guid outboxId, int status, string? message) => Outbox.Finish(_service, outboxId, status, message);

    private void Set(Guid outboxId, Action<Entity> change)
    {
        var update = new Entity(OutboxTable.LogicalName, outboxId);
        change(update);
        _service.Update(update);
    }
}
