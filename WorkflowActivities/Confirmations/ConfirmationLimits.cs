using System.Collections.Generic;
using DualWrite.Common.Tables;
using DualWrite.WorkflowActivities.Limits;
using Col = DualWrite.Common.Tables.SyncStateTable.Columns;

namespace DualWrite.WorkflowActivities.Confirmations;

/// <summary>
/// Checks a confirmation's values against the columns they are written to (the sync state's dw_ columns, and the
/// actual's write-back columns), naming the activity input at fault. Amounts may be negative where the column's
/// range allows it: a reversal actual or a credit line posts negative amounts and sales tax.
/// </summary>
internal static class ConfirmationLimits
{
    public static void Check(FinanceConfirmation confirmation, List<string> problems)
    {
        Add(problems, "Finance document number", SyncStateTable.LogicalName, Col.FinanceDocument, confirmation.DocumentNumber);
        Add(problems, "Voucher number", SyncStateTable.LogicalName, Col.FinanceDocument, confirmation.VoucherNumber);
        Add(problems, "Voucher number", ActualWriteBack.Table, ActualWriteBack.VoucherNumber, confirmation.VoucherNumber);
        Add(problems, "Invoice proposal id", SyncStateTable.LogicalName, Col.FinanceDocument, confirmation.InvoiceProposalId);
        Add(problems, "Finance message", SyncStateTable.LogicalName, Col.FinanceMessage, confirmation.Message);
        Add(problems, "Posting date", SyncStateTable.LogicalName, Col.FinancePostingDate, confirmation.PostingDate);
        Add(problems, "Accounting amount", ActualWriteBack.Table, ActualWriteBack.AccountingAmount, confirmation.AccountingAmount);
        Add(problems, "Exchange rate", ActualWriteBack.Table, ActualWriteBack.ExchangeRate, confirmation.ExchangeRate);
        Add(problems, "Sales tax amount", ActualWriteBack.Table, ActualWriteBack.SalesTaxAmount, confirmation.SalesTaxAmount);
    }

    private static void Add(List<string> problems, string input, string table, string column, object? value)
    {
        if (ValueProblem.Of(table, column, value) is { } problem)
        {
            problems.Add(input + " " + problem + ".");
        }
    }
}
