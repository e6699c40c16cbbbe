using System;
using System.Linq;
using DualWrite.Common.Tables;
using DualWrite.Plugins.Configuration;
using DualWrite.Plugins.Finance;
using DualWrite.Plugins.Maps;
using Microsoft.Xrm.Sdk;

namespace DualWrite.Plugins.Sync;

/// <summary>
/// Decides what a saved record sends, map by map: nothing when the map is off or its filter refuses the record;
/// in live mode the Finance write inside the save (a refusal fails the save with the record, the entity set and
/// Finance's words); in queued mode an outbox row in the same transaction, and a Pending sync state.
/// </summary>
internal sealed class OutboundSync
{
    private readonly IOrganizationService _service;
    private readonly SyncSettings _settings;
    private readonly SyncStateStore _states;
    private readonly FinanceRowBuilder _rows;
    private readonly MapSender _sender;
    private readonly ITracingService _tracing;

    public OutboundSync(IOrganizationService service, SyncSettings settings, Func<FinanceClient> finance, ITracingService tracing)
    {
        _service = service;
        _settings = settings;
        _tracing = tracing;
        _states = new SyncStateStore(service);
        _rows = new FinanceRowBuilder(new Maps.Values.RelatedRecords(service), settings);
        _sender = new MapSender(service, _states, _rows, finance, tracing);
    }

    /// <summary>A created or updated record, as the step's image holds it (every column the table's maps read).</summary>
    /// <param name="isNewRecord">The save created the record (Create), so a live send creates its Finance rows first.</param>
    public void Saved(Entity record, bool isNewRecord, string changeStamp, Guid correlationId)
    {
        foreach (TableMap map in TableMaps.Of(record.LogicalName!))
        {
            SyncMode mode = _settings.ModeFor(map.Name);
            if (mode == SyncMode.Off || !map.Accepts(record))
            {
                _tracing.Trace("Map {0}: {1} {2:D} not sent ({3}).", map.Name, record.LogicalName!, record.Id, mode == SyncMode.Off ? "the map is off" : "the map's filter refuses it: " + map.Filter!.Description);
                continue;
            }

            if (mode == SyncMode.Queued)
            {
                Queue(map, record.LogicalName!, record.Id, OutboxTable.Operation.Upsert, changeStamp, correlationId);
                foreach (MapPartition partition in _rows.Partitions(map, record))
                {
                    _states.Pending(map.Name, record.LogicalName!, record.Id, partition.Name, correlationId);
                }

                continue;
            }

            SendLive(map, record, isNewRecord);
        }
    }

    public void Deleted(string table, Guid id, string changeStamp, Guid correlationId)
    {
        foreach (TableMap map in TableMaps.Of(table).Where(m => m.SyncsDeletes))
        {
            SyncMode mode = _settings.ModeFor(map.Name);
            if (mode == SyncMode.Off)
            {
                continue;
            }

            if (mode == SyncMode.Queued)
            {
                Queue(map, table, id, OutboxTable.Operation.Delete, changeStamp, correlationId);
                continue;
            }

            try
            {
                _sender.Delete(map, id);
            }
            catch (FinanceException e)
            {
                throw new InvalidPluginExecutionException($"{table} {id:D} cannot be deleted: Finance did not delete it from entity set {e.EntitySet} (map '{map.Name}'). {e.Message}", e);
            }
        }
    }

    private void SendLive(TableMap map, Entity record, bool isNewRecord)
    {
        try
        {
            _sender.Send(map, record, isNewRecord);
        }
        catch (ParentNotSyncedException e)
        {
            throw new InvalidPluginExecutionException(e.Message, e);
        }
        catch (FinanceException e)
        {
            throw new InvalidPluginExecutionException(
                $"{record.LogicalName} {record.Id:D} was not saved: Finance refused it in entity set {e.EntitySet} (map '{map.Name}'). {e.Message}", e);
        }
    }

    private void Queue(TableMap map, string table, Guid id, int operation, string changeStamp, Guid correlationId) =>
        Outbox.Enqueue(_service, map.Name, table, id, operation, $"{map.Name}|{id:N}|{(operation == OutboxTable.Operation.Delete ? "D" : "U")}|{changeStamp}", correlationId);
}
