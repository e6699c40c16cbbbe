using System;
using DualWrite.Common.Tables;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;
using Columns = DualWrite.Common.Tables.OutboxTable.Columns;

namespace DualWrite.Plugins.Sync;

/// <summary>Queued mode: a change becomes a Pending dw_outbox row in the save's own transaction, once per change id.</summary>
internal static class Outbox
{
    public static void Enqueue(IOrganizationService service, string map, string table, Guid sourceId, int operation, string changeId, Guid correlationId)
    {
        string id = changeId.Length > 150 ? changeId.Substring(0, 150) : changeId;
        string name = $"{(operation == OutboxTable.Operation.Delete ? "Delete" : "Upsert")} {table} {sourceId:D} ({map})";
        Entity row = OutboxTable.PendingChange(name, id, map, table, sourceId, operation, correlationId);
        row.KeyAttributes[Columns.ChangeId] = id;
        service.Execute(new UpsertRequest { Target = row });
    }
}
