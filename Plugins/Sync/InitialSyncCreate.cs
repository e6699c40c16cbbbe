using System.Collections.Generic;
using DualWrite.Plugins.Maps;
using Microsoft.Xrm.Sdk;

namespace DualWrite.Plugins.Sync;

/// <summary>A record Finance has never been sent under a map: its documents go to Finance as create change sets.</summary>
internal sealed class InitialSyncCreate
{
    public InitialSyncCreate(Entity outboxRow, TableMap map, Entity record, IReadOnlyList<OutboundDocument> documents)
    {
        OutboxRow = outboxRow;
        Map = map;
        Record = record;
        Documents = documents;
    }

    /// <summary>The claimed row for every map ("*") the record was queued by.</summary>
    public Entity OutboxRow { get; }

    public TableMap Map { get; }

    public Entity Record { get; }

    public IReadOnlyList<OutboundDocument> Documents { get; }

    /// <summary>Finance refused one of its change sets, or the request carrying them failed.</summary>
    public bool Failed { get; set; }
}
