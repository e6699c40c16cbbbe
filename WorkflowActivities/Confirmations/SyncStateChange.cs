using System;
using DualWrite.Common.Tables;
using Microsoft.Xrm.Sdk;
using Col = DualWrite.Common.Tables.SyncStateTable.Columns;

namespace DualWrite.WorkflowActivities.Confirmations;

/// <summary>
/// The columns a confirmation changes on a matching sync state: status Confirmed or Rejected, Finance's document,
/// posting date and message. Only what differs is written, so the same confirmation twice changes nothing.
/// </summary>
internal static class SyncStateChange
{
    /// <summary>The update to write, or null when the state already says all of it.</summary>
    public static Entity? Compute(Entity state, FinanceConfirmation confirmation, DateTime now)
    {
        int current = state.GetAttributeValue<OptionSetValue>(Col.Status)?.Value ?? 0;
        int wanted = confirmation.Status == FinanceStatus.Rejected ? SyncStateTable.Status.Rejected : SyncStateTable.Status.Confirmed;
        if ((current == SyncStateTable.Status.Confirmed && wanted == SyncStateTable.Status.Rejected) ||
            (current == SyncStateTable.Status.Rejected && wanted == SyncStateTable.Status.Confirmed))
        {
            throw new InvalidPluginExecutionException(
                $"Finance's {confirmation.Status} confirmation for {confirmation.RecordDescription} (correlation id {confirmation.CorrelationId}) contradicts the " +
                $"{(current == SyncStateTable.Status.Confirmed ? "confirmation" : "rejection")} already applied to that sync (sync state {state.Id:D}, map '{state.GetAttributeValue<string>(Col.Map)}').");
        }

        // An acceptance that arrives after the posting is older news: the posting already said more.
        if (current == SyncStateTable.Status.Confirmed && confirmation.Status == FinanceStatus.Accepted && state.Contains(Col.FinancePostingDate))
        {
            return null;
        }

        var update = new Entity(SyncStateTable.LogicalName, state.Id);
        if (current != wanted)
        {
            update[Col.Status] = new OptionSetValue(wanted);
        }

        SetIfDifferent(update, state, Col.FinanceDocument, confirmation.Document);
        SetIfDifferent(update, state, Col.FinanceMessage, confirmation.Message);
        if (confirmation.PostingDate is { } postingDate && state.GetAttributeValue<DateTime?>(Col.FinancePostingDate) != postingDate)
        {
            update[Col.FinancePostingDate] = postingDate;
        }

        if (update.Attributes.Count == 0)
        {
            return null;
        }

        update[Col.ConfirmedOn] = now;
        return update;
    }

    private static void SetIfDifferent(Entity update, Entity state, string column, string? value)
    {
        if (value is not null && state.GetAttributeValue<string>(column) != value)
        {
            update[column] = value;
        }
    }
}
