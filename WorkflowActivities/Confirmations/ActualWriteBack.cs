using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace DualWrite.WorkflowActivities.Confirmations;

/// <summary>
/// What Finance writes back onto a project actual when it posts the journal or invoice proposal line: accounting
/// amount, exchange rate, voucher number and sales tax amount (the actuals map is bidirectional at field level).
/// Other tables keep Finance's answer in their sync state only.
/// </summary>
internal static class ActualWriteBack
{
    public const string Table = "msdyn_actual";
    public const string AccountingAmount = "msdyn_accountingamount";
    public const string ExchangeRate = "msdyn_exchangerate";
    // The actual keeps an external system's id, "such as the journal entry voucher number from an ERP system", here.
    public const string VoucherNumber = "msdyn_externalreferenceid";
    public const string SalesTaxAmount = "msdyn_salestaxamount";

    /// <summary>The update to write on the actual, or null when it is not an actual or already holds every value.</summary>
    public static Entity? Compute(IOrganizationService service, FinanceConfirmation confirmation)
    {
        if (!string.Equals(confirmation.Record.LogicalName, Table, System.StringComparison.OrdinalIgnoreCase) || confirmation.Status == FinanceStatus.Rejected)
        {
            return null;
        }

        Entity actual = service.Retrieve(Table, confirmation.Record.Id, new ColumnSet(AccountingAmount, ExchangeRate, VoucherNumber, SalesTaxAmount));
        var update = new Entity(Table, actual.Id);
        if (confirmation.AccountingAmount is { } accounting && actual.GetAttributeValue<Money>(AccountingAmount)?.Value != accounting)
        {
            update[AccountingAmount] = new Money(accounting);
        }

        if (confirmation.ExchangeRate is { } rate && actual.GetAttributeValue<decimal?>(ExchangeRate) != rate)
        {
            update[ExchangeRate] = rate;
        }

        if (confirmation.VoucherNumber is { } voucher && actual.GetAttributeValue<string>(VoucherNumber) != voucher)
        {
            update[VoucherNumber] = voucher;
        }

        if (confirmation.SalesTaxAmount is { } tax && actual.GetAttributeValue<Money>(SalesTaxAmount)?.Value != tax)
        {
            update[SalesTaxAmount] = new Money(tax);
        }

        return update.Attributes.Count == 0 ? null : update;
    }
}
