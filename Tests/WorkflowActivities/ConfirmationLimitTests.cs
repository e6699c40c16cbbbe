using System;
using System.Collections.Generic;
using DualWrite.Common.Tables;
using DualWrite.Testing;
using DualWrite.Tests.WorkflowActivities.Support;
using DualWrite.WorkflowActivities;
using Microsoft.Xrm.Sdk;
using Xunit;

namespace DualWrite.Tests.WorkflowActivities;

/// <summary>
/// A confirmation's values are checked against the columns they land in (the sync state's dw_ columns, the actual's
/// write-back columns) before anything is written, naming the input; negative amounts of a reversal are applied.
/// </summary>
public sealed class ConfirmationLimitTests
{
    private const string Correlation = FinanceConfirmations.Correlation;
    private readonly InboundOrganization _organization = new();
    private readonly Guid _actual = Guid.NewGuid();

    public ConfirmationLimitTests()
    {
        Dataverse.Initialize(new Entity("msdyn_actual", _actual) { ["msdyn_description"] = "Design hours", ["msdyn_amount"] = new Money(1000m) });
        _organization.AddSyncedState("msdyn_actual", _actual, Correlation);
    }

    private InMemoryDataverse Dataverse => _organization.Dataverse;

    public static TheoryData<string, object, string> InputsBeyondTheirColumns() => new()
    {
        { "DocumentNumber", new string('D', 101), "Finance document number is 101 characters long; dw_syncstate.dw_financedocument holds at most 100." },
        { "VoucherNumber", "VOU\u0007-1", "Voucher number holds the control character U+0007 at character 4." },
        { "InvoiceProposalId", "PROP-\ud800", "Invoice proposal id holds a lone surrogate U+D800 at character 6, which is not Unicode text." },
        { "FinanceMessage", new string('m', 10001), "Finance message is 10,001 characters long; dw_syncstate.dw_financemessage holds at most 10,000." },
        { "PostingDate", new DateTime(1700, 1, 1, 0, 0, 0, DateTimeKind.Utc), "Posting date is 1700-01-01, outside the dates Dataverse holds (1753-01-01 to 9999-12-31)." },
        { "AccountingAmount", new Money(1000000000000000m), "Accounting amount is 1000000000000000, outside msdyn_actual.msdyn_accountingamount's range of -922337203685477 to 922337203685477." },
        { "SalesTaxAmount", new Money(-1000000000000000m), "Sales tax amount is -1000000000000000, outside msdyn_actual.msdyn_salestaxamount's range" },
        { "ExchangeRate", -1m, "Exchange rate is -1, outside msdyn_actual.msdyn_exchangerate's range of 0.0000000001 to 100000000000." },
        { "ExchangeRate", 200000000000m, "Exchange rate is 200000000000, outside msdyn_actual.msdyn_exchangerate's range" },
    };

    [Theory]
    [MemberData(nameof(InputsBeyondTheirColumns))]
    public void AnInputBeyondItsColumnIsRefusedNamingItAndNothingIsWritten(string input, object value, string problem)
    {
        string before = StoreSnapshot.Of(Dataverse);
        Dictionary<string, object?> inputs = Posting();
        inputs[input] = value;

        var error = Assert.Throws<InvalidPluginExecutionException>(() => Run(inputs));

        Assert.Contains("The Finance confirmation cannot be applied", error.Message, StringComparison.Ordinal);
        Assert.Contains(problem, error.Message, StringComparison.Ordinal);
        Assert.Equal(before, StoreSnapshot.Of(Dataverse));
    }

    [Fact]
    public void AReversalsNegativeAccountingAmountAndSalesTaxAreWrittenBack()
    {
        Dictionary<string, object?> inputs = Posting();
        inputs["AccountingAmount"] = new Money(-1234.56m);
        inputs["SalesTaxAmount"] = new Money(-98.76m);

        Run(inputs);

        Entity actual = Dataverse.Find("msdyn_actual", _actual)!;
        Assert.Equal(-1234.56m, actual.GetAttributeValue<Money>("msdyn_accountingamount")!.Value);
        Assert.Equal(-98.76m, actual.GetAttributeValue<Money>("msdyn_salestaxamount")!.Value);
    }

    private Dictionary<string, object?> Posting() => FinanceConfirmations.Posting(_actual);

    private IDictionary<string, object?> Run(Dictionary<string, object?> inputs) =>
        Dataverse.ExecuteCodeActivity<ApplyFinanceConfirmationActivity>(inputs);
}
