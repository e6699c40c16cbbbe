using System;
using System.Collections.Generic;
using DualWrite.Common.Tables;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;
using Outbox = DualWrite.Common.Tables.OutboxTable.Columns;
using State = DualWrite.Common.Tables.SyncStateTable.Columns;

namespace DualWrite.WorkflowActivities.Confirmations;

/// <summary>
/// Finance can only confirm what it received. A sync state says Finance has the change when it is Synced (or already
/// answered), or when it is Pending and the outbox delivery of that very change (same correlation id) has started: the
/// confirmation may overtake the delivery's own bookkeeping. A change still waiting in the outbox, or whose delivery
/// failed, has not reached Finance, so a confirmation of it is refused with the reason.
/// </summary>
internal static class FinanceReceipt
{
    public static void Require(IOrganizationService service, FinanceConfirmation confirmation, IEnumerable<Entity> states)
    {
        foreach (Entity state in states)
        {
            int status = state.GetAttributeValue<OptionSetValue>(State.Status)?.Value ?? 0;
            if (status is SyncStateTable.Status.Synced or SyncStateTable.Status.Confirmed or SyncStateTable.Status.Rejected)
            {
                continue;
            }

            if (status == SyncStateTable.Status.Pending && DeliveryStarted(service, state))
            {
                continue;
            }

            string where = status switch
            {
                SyncStateTable.Status.Pending => "is still queued in the outbox: its delivery has not started",
                SyncStateTable.Status.Failed => "failed to reach Finance: " + (state.GetAttributeValue<string>(State.LastError) ?? "no reason recorded"),
                _ => "was not sent to Finance",
            };
            throw new InvalidPluginExecutionException(
                $"Finance's {confirmation.Status} confirmation for {confirmation.RecordDescription} quotes correlation id {confirmation.CorrelationId}, a sync " +
                $"Finance has not received yet: it {where} (sync state {state.Id:D}, map '{state.GetAttributeValue<string>(State.Map)}'). Nothing was written; " +
                "send the confirmation again once the sync state is Synced.");
        }
    }

    private static bool DeliveryStarted(IOrganizationService service, Entity state)
    {
        var query = new QueryExpression(OutboxTable.LogicalName) { ColumnSet = new ColumnSet(Outbox.Attempts, Outbox.Status), TopCount = 50 };
        query.Criteria.AddCondition(Outbox.SourceId, ConditionOperator.Equal, state.GetAttributeValue<string>(State.SourceId) ?? "");
        query.Criteria.AddCondition(Outbox.Map, ConditionOperator.Equal, state.GetAttributeValue<string>(State.Map) ?? "");
        query.Criteria.AddCondition(Outbox.CorrelationId, ConditionOperator.Equal, state.GetAttributeValue<string>(State.CorrelationId) ?? "");
        foreach (Entity row in service.RetrieveMultiple(query).Entities)
        {
            if (row.GetAttributeValue<int?>(Outbox.Attempts) > 0 || row.GetAttributeValue<OptionSetValue>(Outbox.Status)?.Value == OutboxTable.Status.Delivered)
            {
                return true;
            }
        }

        return false;
    }
}
