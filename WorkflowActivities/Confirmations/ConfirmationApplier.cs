using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using DualWrite.Common.Tables;
using DualWrite.WorkflowActivities.Writes;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;
using Col = DualWrite.Common.Tables.SyncStateTable.Columns;

namespace DualWrite.WorkflowActivities.Confirmations;

/// <summary>
/// Applies Finance's confirmation to the record's sync state whose correlation id it quotes, and writes back what
/// Finance reports for the record. Refuses a confirmation that answers no sync of the record; writes nothing when
/// the same confirmation was applied before.
/// </summary>
internal static class ConfirmationApplier
{
    public static ConfirmationOutcome Apply(IOrganizationService service, FinanceConfirmation confirmation, DateTime now)
    {
        IReadOnlyList<Entity> states = StatesOf(service, confirmation.Record);
        Entity[] matching = states.Where(s => string.Equals(s.GetAttributeValue<string>(Col.CorrelationId), confirmation.CorrelationId, StringComparison.OrdinalIgnoreCase)).ToArray();
        if (matching.Length == 0)
        {
            throw new InvalidPluginExecutionException(NoMatch(confirmation, states));
        }

        FinanceReceipt.Require(service, confirmation, matching);

        var stateUpdates = matching.Select(s => SyncStateChange.Compute(s, confirmation, now)).Where(u => u is not null).Select(u => u!).ToArray();
        Entity? recordUpdate = ActualWriteBack.Compute(service, confirmation);
        string status = confirmation.Status == FinanceStatus.Rejected ? "Rejected" : "Confirmed";
        if (stateUpdates.Length == 0 && recordUpdate is null)
        {
            return new ConfirmationOutcome(false, status, $"Finance's {confirmation.Status} confirmation for {confirmation.RecordDescription} (correlation id {confirmation.CorrelationId}) was already applied; nothing was written.");
        }

        if (recordUpdate is not null)
        {
            InboundWrites.Update(service, recordUpdate);
        }

        foreach (Entity update in stateUpdates)
        {
            InboundWrites.Update(service, update);
        }

        return new ConfirmationOutcome(
            true,
            status,
            string.Format(
                CultureInfo.InvariantCulture,
                "Applied Finance's {0} confirmation to {1} (correlation id {2}): {3} sync state(s) {4}{5}.",
                confirmation.Status,
                confirmation.RecordDescription,
                confirmation.CorrelationId,
                stateUpdates.Length,
                status,
                recordUpdate is null ? "" : ", " + string.Join(", ", recordUpdate.Attributes.Keys.OrderBy(k => k, StringComparer.Ordinal)) + " written back"));
    }

    private static IReadOnlyList<Entity> StatesOf(IOrganizationService service, EntityReference record)
    {
        var query = new QueryExpression(SyncStateTable.LogicalName) { ColumnSet = new ColumnSet(true) };
        query.Criteria.AddCondition(Col.SourceTable, ConditionOperator.Equal, record.LogicalName!);
        query.Criteria.AddCondition(Col.SourceId, ConditionOperator.Equal, record.Id.ToString("D"));
        query.AddOrder(Col.Map, OrderType.Ascending);
        return service.RetrieveMultiple(query).Entities;
    }

    private static string NoMatch(FinanceConfirmation confirmation, IReadOnlyList<Entity> states)
    {
        string known = states.Count == 0
            ? "the record has no sync state, so it was never synced"
            : "the record's sync states quote " + string.Join("; ", states.Select(s =>
                $"correlation id {s.GetAttributeValue<string>(Col.CorrelationId) ?? "(none)"} (map '{s.GetAttributeValue<string>(Col.Map)}', legal entity '{s.GetAttributeValue<string>(Col.LegalEntity)}')"));
        return $"Finance's {confirmation.Status} confirmation for {confirmation.RecordDescription} quotes correlation id {confirmation.CorrelationId}, which answers no sync of that record: {known}. A stale or misdirected confirmation is not applied.";
    }
}
