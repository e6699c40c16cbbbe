using System.Collections.Generic;
using DualWrite.Plugins.Maps;
using Microsoft.Xrm.Sdk;

namespace DualWrite.Plugins.Sync;

/// <summary>A record Finance has never been sent under a map: its rows go to Finance as create change sets.</summary>
internal sealed class InitialSyncCreate
{
    public InitialSyncCreate(Entity outboxRow, TableMap map, Entity record, IReadOnlyList<FinanceRow> rows)
    {
        OutboxRow = outboxRow;
        Map = map;
        Record = record;
        Rows = rows;
    }

    /// <summary>The claimed row for every map ("*") the record was queued by.</summary>
    public Entity OutboxRow { get; }

    public TableMap Map { get; }

    public Entity Record { get; }

    /// <summary>The rows Finance has never been sent, one per company (or shared variant).</summary>
    public IReadOnlyList<FinanceRow> Rows { get; }

    /// <summary>Finance refused one of its rows, or the request carrying them failed.</summary>
    public bool Failed { get; set; }
}
