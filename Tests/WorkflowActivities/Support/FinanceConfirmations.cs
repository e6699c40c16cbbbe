using System;
using System.Collections.Generic;
using Microsoft.Xrm.Sdk;

namespace DualWrite.Tests.WorkflowActivities.Support;

/// <summary>A valid confirmation of an actual, as the confirmation tests send it as is or spoil it.</summary>
internal static class FinanceConfirmations
{
    /// <summary>The correlation id of the sync the tests' actuals were sent with.</summary>
    public const string Correlation = "0f8fad5b-d9cb-469f-a165-70867728950e";

    public static readonly DateTime PostingDate = new(2026, 3, 31, 0, 0, 0, DateTimeKind.Utc);

    /// <summary>Finance posted the actual: voucher, posting date, message and every accounting value.</summary>
    public static Dictionary<string, object?> Posting(Guid actual) => new()
    {
        ["RecordTable"] = "msdyn_actual",
        ["RecordId"] = actual.ToString(),
        ["FinanceStatus"] = "Posted",
        ["CorrelationId"] = Correlation,
        ["VoucherNumber"] = "VOU-000123",
        ["PostingDate"] = PostingDate,
        ["FinanceMessage"] = "Posted in journal PJ-0042",
        ["AccountingAmount"] = new Money(1234.56m),
        ["ExchangeRate"] = 1.2345m,
        ["SalesTaxAmount"] = new Money(98.76m),
    };
}
