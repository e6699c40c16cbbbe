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

    /// <summary>Ends a row's delivery with its status and message (an error, or what happened).</summary>
    public static void Finish(IOrganizationService service, Guid outboxId, int status, string? message) =>
        service.Update(new Entity(OutboxTable.LogicalName, outboxId)
        {
            [Columns.Status] = new OptionSetValue(status),
            [Columns.LastError] = message,
            [Columns.NextAttemptOn] = null,
        });

    /// <summary>Queues the record of a row for every map ("*") under one of those maps, as a change of its own.</summary>
    public static void EnqueueForMap(IOrganizationService service, Entity everyMapRow, string map) =>
        Enqueue(
            service,
            map,
            everyMapRow.GetAttributeValue<string>(Columns.SourceTable) ?? "",
            Guid.Parse(everyMapRow.GetAttributeValue<string>(Columns.SourceId) ?? ""),
            OutboxTable.Operation.Upsert,
            everyMapRow.GetAttributeValue<string>(Columns.ChangeId) + "|" + map,
            Guid.NewGuid());
}
