using System;
using System.Collections.Generic;
using DualWrite.Common.Tables;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;
using Columns = DualWrite.Common.Tables.OutboxTable.Columns;

namespace DualWrite.Plugins.Sync;

/// <summary>
/// Queued changes waiting for a parent: once the parent reaches Finance, each is set Pending again, which hands it
/// to the outbox delivery. Every waiting row is released, however many pages they fill.
/// </summary>
internal static class WaitingChanges
{
    /// <summary>Dataverse's largest page of a RetrieveMultiple.</summary>
    public const int DefaultPageSize = 5000;

    /// <param name="pageSize">Rows read per query; smaller only in tests, to page without thousands of rows.</param>
    public static int Release(IOrganizationService service, string map, Guid sourceId, int pageSize = DefaultPageSize)
    {
        if (pageSize < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(pageSize), pageSize, "A page holds at least one row.");
        }

        // A released row no longer matches, so each page is the first page of what still waits; the ids seen guard
        // against a row that stays (a write the platform ignored) being read forever.
        var query = new QueryExpression(OutboxTable.LogicalName) { ColumnSet = new ColumnSet(Columns.Id), PageInfo = new PagingInfo { Count = pageSize, PageNumber = 1 } };
        query.Criteria.AddCondition(Columns.WaitingFor, ConditionOperator.Equal, MissingParent.WaitKeyOf(map, sourceId));
        query.Criteria.AddCondition(Columns.Status, ConditionOperator.Equal, OutboxTable.Status.Pending);
        HashSet<Guid>? released = null; // made only when there is something to release
        while (true)
        {
            EntityCollection page = service.RetrieveMultiple(query);
            if (page.Entities.Count == 0)
            {
                return released?.Count ?? 0;
            }

            released ??= new HashSet<Guid>();
            int before = released.Count;
            foreach (Entity waiting in page.Entities)
            {
                if (released.Add(waiting.Id))
                {
                    service.Update(new Entity(OutboxTable.LogicalName, waiting.Id)
                    {
                        [Columns.WaitingFor] = null,
                        [Columns.Status] = new OptionSetValue(OutboxTable.Status.Pending),
                    });
                }
            }

            if (page.Entities.Count < pageSize || released.Count == before)
            {
                return released.Count;
            }
        }
    }
}
