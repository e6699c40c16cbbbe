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
/// Puts Failed outbox rows back in the queue (Pending, no attempts, no waiting time, no error) so the outbound
/// delivery step, which fires on that update, sends them again: all of them, a table's, or one record's.
/// </summary>
internal static class FailedSyncReplayer
{
    /// <summary>Requeues the Failed rows in scope; returns how many.</summary>
    public static int Replay(IOrganizationService service, string? sourceTable, Guid? sourceId)
    {
        var query = new QueryExpression(OutboxTable.LogicalName) { ColumnSet = new ColumnSet(false) };
        query.Criteria.AddCondition(Col.Status, ConditionOperator.Equal, OutboxTable.Status.Failed);
        if (sourceTable is not null)
        {
            query.Criteria.AddCondition(Col.SourceTable, ConditionOperator.Equal, sourceTable);
        }

        if (sourceId is { } id)
        {
            query.Criteria.AddCondition(Col.SourceId, ConditionOperator.Equal, id.ToString("D"));
        }

        query.AddOrder(Col.Id, OrderType.Ascending);

        // Read every id before the first update: requeued rows leave the query's result and would shift its pages.
        List<Guid> failed = PagedQuery.Pages(service, query, PagedQuery.MaximumPageSize).SelectMany(page => page.Select(row => row.Id)).ToList();
        foreach (Guid row in failed)
        {
            InboundWrites.Update(service, new Entity(OutboxTable.LogicalName, row)
            {
                [Col.Status] = new OptionSetValue(OutboxTable.Status.Pending),
                [Col.Attempts] = 0,
                [Col.NextAttemptOn] = null,
                [Col.LastError] = null,
            });
        }

        return failed.Count;
    }
}
