using System;
using System.Collections.Generic;
using System.Linq;
using DualWrite.Common.Queries;
using DualWrite.Common.Tables;
using DualWrite.WorkflowActivities.Writes;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;
using Col = DualWrite.Common.Tables.OutboxTable.Columns;

namespace DualWrite.WorkflowActivities.Replay;

/// <summary>
/// Initial sync of a table: queues one Pending Upsert outbox row per existing record, for every map of the table,
/// reading the table a page at a time. The change id is made of the run's correlation id, the table and the record,
/// so a run that is retried (same correlation id) skips the rows it queued already, while a new run queues anew.
/// </summary>
internal static class InitialSyncQueue
{
    private const string ChangeIdPrefix = "initial-sync";

    public static InitialSyncOutcome Queue(IOrganizationService service, string table, Guid runId, int pageSize)
    {
        var records = new QueryExpression(table) { ColumnSet = new ColumnSet(false) };
        records.AddOrder(table + "id", OrderType.Ascending);
        string runPrefix = $"{ChangeIdPrefix}:{runId:N}:{table}:";
        HashSet<string> queuedBefore = ChangeIdsStartingWith(service, runPrefix);

        int queued = 0;
        int pages = 0;
        foreach (IReadOnlyList<Entity> page in PagedQuery.Pages(service, records, pageSize))
        {
            pages++;
            foreach (Entity record in page)
            {
                string changeId = runPrefix + record.Id.ToString("N");
                if (queuedBefore.Contains(changeId))
                {
                    continue;
                }

                InboundWrites.Create(service, OutboxTable.PendingChange(
                    $"Initial sync: Upsert {table} {record.Id:D}", changeId, OutboxTable.EveryMapOfTheTable, table, record.Id, OutboxTable.Operation.Upsert, runId));
                queued++;
            }
        }

        return new InitialSyncOutcome(queued, queuedBefore.Count, pages);
    }

    private static HashSet<string> ChangeIdsStartingWith(IOrganizationService service, string prefix)
    {
        var query = new QueryExpression(OutboxTable.LogicalName) { ColumnSet = new ColumnSet(Col.ChangeId) };
        query.Criteria.AddCondition(Col.ChangeId, ConditionOperator.BeginsWith, prefix);
        query.AddOrder(Col.Id, OrderType.Ascending);
        return new HashSet<string>(
            PagedQuery.Pages(service, query, PagedQuery.MaximumPageSize).SelectMany(page => page.Select(row => row.GetAttributeValue<string>(Col.ChangeId) ?? "")),
            StringComparer.Ordinal);
    }
}
