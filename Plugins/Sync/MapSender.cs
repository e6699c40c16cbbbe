using System;
using System.Collections.Generic;
using System.Linq;
using DualWrite.Plugins.Finance;
using DualWrite.Plugins.Maps;
using Microsoft.Xrm.Sdk;

namespace DualWrite.Plugins.Sync;

/// <summary>
/// Sends one record under one map to Finance and records the outcome: checks its parents, builds its documents,
/// skips what Finance already has, upserts by key (a header and its lines as one $batch change set), writes the
/// sync state and releases the changes that waited for it. Deletes remove what the sync state says was sent.
/// </summary>
internal sealed class MapSender
{
    private readonly IOrganizationService _service;
    private readonly SyncStateStore _states;
    private readonly DocumentBuilder _documents;
    private readonly Func<FinanceClient> _finance;
    private readonly ITracingService _tracing;

    public MapSender(IOrganizationService service, SyncStateStore states, DocumentBuilder documents, Func<FinanceClient> finance, ITracingService tracing)
    {
        _service = service;
        _states = states;
        _documents = documents;
        _finance = finance;
        _tracing = tracing;
    }

    /// <summary>Sends the record; returns how many Finance documents were written (0 when Finance had them all).</summary>
    /// <param name="isNewRecord">The record was created just now, so Finance most likely lacks its rows: they are created first, not updated first.</param>
    /// <exception cref="ParentNotSyncedException">A parent has not reached Finance.</exception>
    /// <exception cref="FinanceException">Finance refused or could not be reached.</exception>
    public int Send(TableMap map, Entity record, bool isNewRecord)
    {
        if (ParentCheck.FirstMissing(map, record, _states) is { } parent)
        {
            throw new ParentNotSyncedException(ParentCheck.Describe(map, record, parent), parent);
        }

        IReadOnlyList<Entity> states = _states.Of(map.Name, record.Id);
        int written = 0;
        foreach (OutboundDocument document in _documents.Build(map, record))
        {
            string hash = document.Hash;
            if (SyncStateStore.AcceptedHash(states, document.Header.Partition) == hash)
            {
                _tracing.Trace("Map {0}: {1} {2:D} is unchanged for {3}; nothing sent.", map.Name, record.LogicalName!, record.Id, document.Header.Partition);
                continue;
            }

            Write(document, isNewRecord);
            _states.Synced(map.Name, record, document.Header, hash, Guid.NewGuid());
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

    private void Write(OutboundDocument document, bool isNewRecord)
    {
        FinanceRow header = document.Header;
        if (document.Lines.Count == 0)
        {
            if (isNewRecord)
            {
                _finance().CreateOrUpdate(header.EntitySet, header.Key, header.Fields);
            }
            else
            {
                _finance().Upsert(header.EntitySet, header.Key, header.Fields);
            }

            return;
        }

        // A header and its lines go in one change set: all or nothing. Whether the header exists (a replay, or a save
        // rolled back after Finance accepted) decides create or update.
        bool exists = _finance().Read(header.EntitySet, header.Key) is not null;
        _finance().ExecuteChangeSet(document.ToChangeSet(exists));
    }
}
