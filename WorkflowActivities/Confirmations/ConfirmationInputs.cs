using System;
using Microsoft.Xrm.Sdk;

namespace DualWrite.WorkflowActivities.Confirmations;

/// <summary>The confirmation activity's input values as the workflow passed them, before they are checked.</summary>
internal sealed class ConfirmationInputs
{
    public string? RecordTable { get; set; }

    public string? RecordId { get; set; }

    public string? Status { get; set; }

    public string? CorrelationId { get; set; }

    public string? DocumentNumber { get; set; }

    public string? VoucherNumber { get; set; }

    public string? InvoiceProposalId { get; set; }

    /// <summary>Default (DateTime.MinValue) when the workflow passed none.</summary>
    public DateTime PostingDate { get; set; }

    public string? Message { get; set; }

    public Money? AccountingAmount { get; set; }

    /// <summary>0 when the workflow passed none: no currency converts at a rate of 0.</summary>
    public decimal ExchangeRate { get; set; }

    public Money? SalesTaxAmount { get; set; }
}
