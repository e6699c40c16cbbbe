using System;
using DualWrite.Common.Tables;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;
using Columns = DualWrite.Common.Tables.OutboxTable.Columns;

namespace DualWrite.Plugins.Sync;

/// <summary>
/// Queued changes waiting for a parent: once the parent reaches Finance, each is set Pending again, which hands it
/// to the outbox delivery.
/// </summary>
internal static class WaitingChanges
{
    public static int Release(IOrganizationService service, string map, Guid sourceId)
    {
        var query = new QueryExpression(OutboxTable.LogicalName) { ColumnSet = new ColumnSet(Columns.Id) };
        query.Criteria.AddCondition(Columns.WaitingFor, ConditionOperator.Equal, MissingParent.WaitKeyOf(map, sourceId));
        query.Criteria.AddCondition(Columns.Status, ConditionOperator.Equal, OutboxTable.Status.Pending);
        int released = 0;
        foreach (Entity waiting in service.RetrieveMultiple(query).Entities)
        {
            service.Update(new Entity(OutboxTable.LogicalName, waiting.Id)
            {
                [Columns.WaitingFor] = null,
                [Columns.Status] = new OptionSetValue(OutboxTable.Status.Pending),
            });
            released++;
        }

        return released;
    }
}
