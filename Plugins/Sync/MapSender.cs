using System;
using System.Collections.Generic;
using DualWrite.Plugins.Finance;
using DualWrite.Plugins.Maps;
using Microsoft.Xrm.Sdk;

namespace DualWrite.Plugins.Sync;

/// <summary>
/// Sends one record under one map to Finance and records the outcome: checks its parents, builds its rows, skips
/// what Finance already has, upserts by key, writes the sync state and releases the changes that waited for it.
/// Deletes remove what the sync state says was sent.
/// </summary>
internal sealed class MapSender
{
    private readonly IOrganizationService _service;
    private readonly SyncStateStore _states;
    private readonly FinanceRowBuilder _rows;
    private readonly Func<FinanceClient> _finance;
    private readonly ITracingService _tracing;

    public MapSender(IOrganizationService service, SyncStateStore states, FinanceRowBuilder rows, Func<FinanceClient> finance, ITracingService tracing)
    {
        _service = service;
        _states = states;
        _rows = rows;
        _finance = finance;
        _tracing = tracing;
    }

    /// <summary>Sends the record; returns how many Finance rows were written (0 when Finance had them all).</summary>
    /// <param name="isNewRecord">The record was created just now, so Finance most likely lacks its rows: they are created first, not updated first.</param>
    /// <param name="queuedUnder">A queued change's correlation id (outbox delivery); null for a live send, which starts a new sync.</param>
    /// <exception cref="ParentNotSyncedException">A parent has not reached Finance.</exception>
    /// <exception cref="FinanceException">Finance refused or could not be reached.</exception>
    public int Send(TableMap map, Entity record, bool isNewRecord, Guid? queuedUnder = null)
    {
        if (ParentCheck.FirstMissing(map, record, _states) is { } parent)
        {
            throw new ParentNotSyncedException(ParentCheck.Describe(map, record, parent), parent);
        }

        IReadOnlyList<Entity> states = _states.Of(map.Name, record.Id);
        int written = 0;
        foreach (FinanceRow row in _rows.Build(map, record))
        {
            string hash = row.Hash;
            if (SyncStateStore.AcceptedHash(states, row.Partition) == hash)
            {
                _tracing.Trace("Map {0}: {1} {2:D} is unchanged for {3}; nothing sent.", map.Name, record.LogicalName!, record.Id, row.Partition);
                continue;
            }

            Write(row, isNewRecord);
            if (queuedUnder is { } change)
            {
                _states.Delivered(map.Name, record, row, hash, change);
            }
            else
            {
                _states.Synced(map.Name, record, row, hash, Guid.NewGuid());
            }

            written++;
        }

        WaitingChanges.Release(_service, map.Name, record.Id);
        return written;
    }

    /// <summary>Deletes from Finance every row the record was sent as, and forgets its sync states.</summary>
    public int Delete(TableMap map, Guid sourceId)
    {
        int deleted = 0;
        foreach (Entity state in _states.Of(map.Name, sourceId))
        {
            if (SyncStateStore.SentKey(state) is { } sent)
            {
                _finance().Delete(sent.EntitySet, sent.Key);
                deleted++;
            }

            _states.Remove(state);
        }

        return deleted;
    }

    private void Write(FinanceRow row, bool isNewRecord)
    {
        if (isNewRecord)
        {
            _finance().CreateOrUpdate(row.EntitySet, row.Key, row.Fields);
        }
        else
        {
            _finance().Upsert(row.EntitySet, row.Key, row.Fields);
        }
    }
}
