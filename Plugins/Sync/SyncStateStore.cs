using System;
using System.Collections.Generic;
using System.Linq;
using DualWrite.Common.Sync;
using DualWrite.Common.Tables;
using DualWrite.Plugins.Finance;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;
using Microsoft.Xrm.Sdk.Query;
using Columns = DualWrite.Common.Tables.SyncStateTable.Columns;
using Status = DualWrite.Common.Tables.SyncStateTable.Status;

namespace DualWrite.Plugins.Sync;

/// <summary>
/// dw_syncstate: what Finance last accepted for each record, map and company. Written with the inbound tag, so no
/// step ever reacts to the solution's own bookkeeping.
/// </summary>
internal sealed class SyncStateStore
{
    private readonly IOrganizationService _service;

    public SyncStateStore(IOrganizationService service)
    {
        _service = service;
    }

    public IReadOnlyList<Entity> Of(string map, Guid sourceId)
    {
        var query = new QueryExpression(SyncStateTable.LogicalName) { ColumnSet = new ColumnSet(true) };
        query.Criteria.AddCondition(Columns.Map, ConditionOperator.Equal, map);
        query.Criteria.AddCondition(Columns.SourceId, ConditionOperator.Equal, sourceId.ToString("D"));
        return _service.RetrieveMultiple(query).Entities.ToArray();
    }

    /// <summary>Whether Finance has accepted the record under the map, for some company.</summary>
    public bool HasReachedFinance(string map, Guid sourceId) =>
        Of(map, sourceId).Any(s => s.GetAttributeValue<OptionSetValue>(Columns.Status)?.Value is Status.Synced or Status.Confirmed);

    /// <summary>The hash of the payload Finance last accepted for this record, map and company; null when none.</summary>
    public static string? AcceptedHash(IEnumerable<Entity> states, string partition) =>
        states.FirstOrDefault(s => s.GetAttributeValue<string>(Columns.LegalEntity) == partition)?.GetAttributeValue<string>(Columns.PayloadHash);

    public void Synced(string map, Entity record, FinanceRow row, string hash, Guid correlationId) =>
        Write(map, record.LogicalName!, record.Id, row.Partition, row, Status.Synced, correlationId, state => Accepted(state, hash));

    /// <summary>
    /// Finance accepted a queued change. The state keeps the correlation id of the change it waits for (the one a
    /// confirmation quotes); and when Finance's confirmation or rejection of this very change arrived while the delivery
    /// was under way, the state stays Confirmed or Rejected, with its document: a delivery never undoes an answer.
    /// </summary>
    public void Delivered(string map, Entity record, FinanceRow row, string hash, Guid changeCorrelationId)
    {
        Entity? current = Of(map, record.Id).FirstOrDefault(s => s.GetAttributeValue<string>(Columns.LegalEntity) == row.Partition);
        int? status = current?.GetAttributeValue<OptionSetValue>(Columns.Status)?.Value;
        Guid correlationId = Guid.TryParse(current?.GetAttributeValue<string>(Columns.CorrelationId), out Guid quoted) && status is Status.Pending ? quoted : changeCorrelationId;
        bool answered = status is Status.Confirmed or Status.Rejected && quoted == changeCorrelationId;
        Write(map, record.LogicalName!, record.Id, row.Partition, row, answered ? status!.Value : Status.Synced, correlationId, state => Accepted(state, hash));
    }

    public void Pending(string map, string table, Guid sourceId, string partition, Guid correlationId) =>
        Write(map, table, sourceId, partition, null, Status.Pending, correlationId, _ => { });

    public void Failed(string map, string table, Guid sourceId, string partition, FinanceRow? row, Guid correlationId, int attempts, string error) =>
        Write(map, table, sourceId, partition, row, Status.Failed, correlationId, state =>
        {
            state[Columns.Attempts] = attempts;
            state[Columns.LastError] = error.Length > 10000 ? error.Substring(0, 10000) : error;
        });

    public void Remove(Entity state) => _service.Execute(SyncTag.MarkInbound(new DeleteRequest { Target = state.ToEntityReference() }));

    /// <summary>The key a state recorded, as it was sent.</summary>
    public static (string EntitySet, FinanceKey Key)? SentKey(Entity state)
    {
        string? entitySet = state.GetAttributeValue<string>(Columns.FinanceEntitySet);
        string? key = state.GetAttributeValue<string>(Columns.FinanceKey);
        if (string.IsNullOrEmpty(entitySet) || string.IsNullOrEmpty(key))
        {
            return null;
        }

        Dictionary<string, object?> fields = FinanceJson.Read(System.Text.Encoding.UTF8.GetBytes(key));
        return (entitySet!, new FinanceKey(fields.Select(f => new KeyValuePair<string, object>(f.Key, f.Value!))));
    }

    private static void Accepted(Entity state, string hash)
    {
        state[Columns.PayloadHash] = hash;
        state[Columns.LastSyncedOn] = DateTime.UtcNow;
        state[Columns.Attempts] = 0;
        state[Columns.LastError] = null;
    }

    private void Write(string map, string table, Guid sourceId, string partition, FinanceRow? row, int status, Guid correlationId, Action<Entity> more)
    {
        var state = new Entity(SyncStateTable.LogicalName);
        state.KeyAttributes[Columns.Map] = map;
        state.KeyAttributes[Columns.SourceId] = sourceId.ToString("D");
        state.KeyAttributes[Columns.LegalEntity] = partition;
        state[Columns.Name] = $"{table} {sourceId:D} ({map}, {partition})";
        state[Columns.SourceTable] = table;
        state[Columns.Status] = new OptionSetValue(status);
        state[Columns.CorrelationId] = correlationId.ToString("D");
        state[Columns.LastAttemptOn] = DateTime.UtcNow;
        if (row is not null)
        {
            state[Columns.FinanceEntitySet] = row.EntitySet;
            state[Columns.FinanceKey] = System.Text.Encoding.UTF8.GetString(FinanceJson.Write(row.EntitySet, row.Key.Fields.Select(f => new KeyValuePair<string, object?>(f.Key, f.Value))));
        }

        more(state);
        _service.Execute(SyncTag.MarkInbound(new UpsertRequest { Target = state }));
    }
}
