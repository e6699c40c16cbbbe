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
        var row = new Entity(OutboxTable.LogicalName);
        row.KeyAttributes[Columns.ChangeId] = changeId.Length > 150 ? changeId.Substring(0, 150) : changeId;
        row[Columns.Name] = $"{(operation == OutboxTable.Operation.Delete ? "Delete" : "Upsert")} {table} {sourceId:D} ({map})";
        row[Columns.Map] = map;
        row[Columns.SourceTable] = table;
        row[Columns.SourceId] = sourceId.ToString("D");
        row[Columns.Operation] = new OptionSetValue(operation);
        row[Columns.Status] = new OptionSetValue(OutboxTable.Status.Pending);
        row[Columns.CorrelationId] = correlationId.ToString("D");
        row[Columns.Attempts] = 0;
        service.Execute(new UpsertRequest { Target = row });
    }
}
