using System;
using System.Collections.Generic;
using System.Linq;
using DualWrite.WorkflowActivities.Arguments;
using Microsoft.Xrm.Sdk;

namespace DualWrite.WorkflowActivities.Confirmations;

/// <summary>
/// Turns the activity's inputs into a <see cref="FinanceConfirmation"/>, or refuses them with one error that names
/// every input at fault. The record is the one named by table and id, or else the workflow's own record.
/// </summary>
internal static class FinanceConfirmationReader
{
    public static FinanceConfirmation Read(ConfirmationInputs inputs, string? primaryTable, Guid primaryId)
    {
        var problems = new List<string>();
        EntityReference? record = Record(inputs, primaryTable, primaryId, problems);

        FinanceStatus status = default;
        string statusText = (inputs.Status ?? "").Trim();
        if (statusText.Length == 0)
        {
            problems.Add($"Finance status is missing; it is one of {string.Join(", ", FinanceConfirmation.StatusNames)}.");
        }
        else if (!Enum.TryParse(statusText, ignoreCase: true, out status) || !FinanceConfirmation.StatusNames.Contains(statusText, StringComparer.OrdinalIgnoreCase))
        {
            problems.Add($"Finance status '{statusText}' is not one of {string.Join(", ", FinanceConfirmation.StatusNames)}.");
        }

        string correlationId = (inputs.CorrelationId ?? "").Trim();
        if (correlationId.Length == 0)
        {
            problems.Add("Correlation id is missing: a confirmation must quote the correlation id of the sync it answers.");
        }

        string? message = ArgumentText.Optional(inputs.Message);
        if (status == FinanceStatus.Rejected && statusText.Length > 0 && message is null)
        {
            problems.Add("Finance message is missing: a rejection must carry Finance's reason.");
        }

        var confirmation = new FinanceConfirmation(record ?? new EntityReference(), status, correlationId)
        {
            DocumentNumber = ArgumentText.Optional(inputs.DocumentNumber),
            VoucherNumber = ArgumentText.Optional(inputs.VoucherNumber),
            InvoiceProposalId = ArgumentText.Optional(inputs.InvoiceProposalId),
            PostingDate = inputs.PostingDate == default ? null : inputs.PostingDate,
            Message = message,
            AccountingAmount = inputs.AccountingAmount?.Value,
            ExchangeRate = inputs.ExchangeRate == 0m ? null : inputs.ExchangeRate,
            SalesTaxAmount = inputs.SalesTaxAmount?.Value,
        };
        ConfirmationLimits.Check(confirmation, problems);
        if (problems.Count > 0 || record is null)
        {
            throw new InvalidPluginExecutionException("The Finance confirmation cannot be applied:\n- " + string.Join("\n- ", problems));
        }

        return confirmation;
    }

    private static EntityReference? Record(ConfirmationInputs inputs, string? primaryTable, Guid primaryId, List<string> problems)
    {
        string? table = ArgumentText.Optional(inputs.RecordTable);
        string? id = ArgumentText.Optional(inputs.RecordId);
        if (table is null && id is null)
        {
            if (string.IsNullOrEmpty(primaryTable) || primaryId == Guid.Empty)
            {
                problems.Add("Record table and record id are empty and the workflow has no primary record: name the record Finance confirms.");
                return null;
            }

            return new EntityReference(TableName.Canonical(primaryTable!), primaryId);
        }

        if (table is null || id is null)
        {
            problems.Add(table is null ? $"Record id '{id}' is given without its record table." : $"Record table '{table}' is given without a record id.");
            return null;
        }

        if (!ArgumentText.TryParseRecordId(id, out Guid recordId))
        {
            problems.Add($"Record id '{id}' is not a record id (a GUID).");
            return null;
        }

        return new EntityReference(TableName.Canonical(table), recordId);
    }

}
