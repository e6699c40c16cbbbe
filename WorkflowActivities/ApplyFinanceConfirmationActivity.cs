using System;
using System.Activities;
using System.ComponentModel;
using DualWrite.WorkflowActivities.Confirmations;
using DualWrite.WorkflowActivities.Writes;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Workflow;

namespace DualWrite.WorkflowActivities;

/// <summary>
/// Applies Finance's answer to a record this solution synced: moves the sync state that Finance's correlation id
/// names to Confirmed or Rejected and writes back what Finance posted (on actuals: accounting amount, exchange rate,
/// voucher, sales tax). A confirmation for another sync is refused; the same confirmation twice writes nothing.
/// </summary>
[DisplayName("Apply Finance confirmation")]
[Description("Applies Finance's acceptance, posting or rejection of a synced record: sync state, Finance document and posting date, and the accounting values Finance writes back.")]
[Category(ActivityGroup.Name)]
public sealed class ApplyFinanceConfirmationActivity : CodeActivityBase
{
    [Input("Record table (empty: the workflow's record)")]
    public InArgument<string> RecordTable { get; set; } = new();

    [Input("Record id (empty: the workflow's record)")]
    public InArgument<string> RecordId { get; set; } = new();

    [Input("Finance status (Accepted, Posted or Rejected)")]
    [RequiredArgument]
    public InArgument<string> FinanceStatus { get; set; } = new();

    [Input("Correlation id of the sync Finance answers")]
    [RequiredArgument]
    public InArgument<string> CorrelationId { get; set; } = new();

    [Input("Finance document number")]
    public InArgument<string> DocumentNumber { get; set; } = new();

    [Input("Voucher number")]
    public InArgument<string> VoucherNumber { get; set; } = new();

    [Input("Invoice proposal id")]
    public InArgument<string> InvoiceProposalId { get; set; } = new();

    [Input("Posting date")]
    public InArgument<DateTime> PostingDate { get; set; } = new();

    [Input("Finance message (required for a rejection)")]
    public InArgument<string> FinanceMessage { get; set; } = new();

    [Input("Accounting amount")]
    public InArgument<Money> AccountingAmount { get; set; } = new();

    [Input("Exchange rate (0: none)")]
    [Default("0")]
    public InArgument<decimal> ExchangeRate { get; set; } = new();

    [Input("Sales tax amount")]
    public InArgument<Money> SalesTaxAmount { get; set; } = new();

    [Output("Applied")]
    public OutArgument<bool> Applied { get; set; } = new();

    [Output("Already applied (nothing written)")]
    public OutArgument<bool> AlreadyApplied { get; set; } = new();

    [Output("Sync status")]
    public OutArgument<string> SyncStatus { get; set; } = new();

    [Output("Message")]
    public OutArgument<string> Message { get; set; } = new();

    protected override void ExecuteActivity(LocalActivityContext context)
    {
        TransactionGuard.Require(context.WorkflowContext, "Apply Finance confirmation");
        CodeActivityContext activity = context.ActivityContext;
        var inputs = new ConfirmationInputs
        {
            RecordTable = RecordTable.Get(activity),
            RecordId = RecordId.Get(activity),
            Status = FinanceStatus.Get(activity),
            CorrelationId = CorrelationId.Get(activity),
            DocumentNumber = DocumentNumber.Get(activity),
            VoucherNumber = VoucherNumber.Get(activity),
            InvoiceProposalId = InvoiceProposalId.Get(activity),
            PostingDate = PostingDate.Get(activity),
            Message = FinanceMessage.Get(activity),
            AccountingAmount = AccountingAmount.Get(activity),
            ExchangeRate = ExchangeRate.Get(activity),
            SalesTaxAmount = SalesTaxAmount.Get(activity),
        };
        FinanceConfirmation confirmation = FinanceConfirmationReader.Read(inputs, context.WorkflowContext.PrimaryEntityName, context.WorkflowContext.PrimaryEntityId);
        ConfirmationOutcome outcome = ConfirmationApplier.Apply(context.OrganizationService, confirmation, DateTime.UtcNow);

        context.Trace("{0}", outcome.Message);
        Applied.Set(activity, outcome.Applied);
        AlreadyApplied.Set(activity, outcome.AlreadyApplied);
        SyncStatus.Set(activity, outcome.SyncStatus);
        Message.Set(activity, outcome.Message);
    }
}
