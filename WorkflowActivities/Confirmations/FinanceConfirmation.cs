using System;
using System.Collections.Generic;
using Microsoft.Xrm.Sdk;

namespace DualWrite.WorkflowActivities.Confirmations;

/// <summary>
/// Finance's answer to one outbound sync of a Dataverse record: its status, the document, dates and amounts it
/// reports, and the correlation id of the sync it answers. Optional values are null when Finance sent none.
/// </summary>
internal sealed class FinanceConfirmation
{
    public FinanceConfirmation(EntityReference record, FinanceStatus status, string correlationId)
    {
        Record = record;
        Status = status;
        CorrelationId = correlationId;
    }

    public EntityReference Record { get; }

    public FinanceStatus Status { get; }

    public string CorrelationId { get; }

    public string? DocumentNumber { get; set; }

    public string? VoucherNumber { get; set; }

    public string? InvoiceProposalId { get; set; }

    public DateTime? PostingDate { get; set; }

    public string? Message { get; set; }

    public decimal? AccountingAmount { get; set; }

    public decimal? ExchangeRate { get; set; }

    public decimal? SalesTaxAmount { get; set; }

    /// <summary>The document the sync state records: the document number, else the voucher, else the proposal id.</summary>
    public string? Document => DocumentNumber ?? VoucherNumber ?? InvoiceProposalId;

    /// <summary>The record in the words of an error message.</summary>
    public string RecordDescription => $"{Record.LogicalName} {Record.Id:D}";

    /// <summary>Every status Finance may send, as the activity's input spells them.</summary>
    public static IReadOnlyList<string> StatusNames { get; } = Enum.GetNames(typeof(FinanceStatus));
}
