using System;
using System.Collections.Generic;
using System.Linq;
using DualWrite.Testing;
using DualWrite.Tests.WorkflowActivities.Support;
using DualWrite.WorkflowActivities;
using Microsoft.Xrm.Sdk;
using Xunit;

namespace DualWrite.Tests.WorkflowActivities;

/// <summary>
/// A Finance document whose values the platform would refuse (beyond a column's length or range, before 1753, not a
/// value of the choice, control characters, lone surrogates) is refused before anything is written, naming the path.
/// </summary>
public sealed class DocumentLimitTests
{
    private readonly InboundOrganization _organization = new();

    private InMemoryDataverse Dataverse => _organization.Dataverse;

    [Theory]
    [MemberData(nameof(ValuesBeyondTheSchema))]
    public void AValueBeyondItsColumnsLimitIsRefusedNamingItsPathAndNothingIsWritten(string caseName, string document, string problem)
    {
        string before = StoreSnapshot.Of(Dataverse);

        var error = Assert.Throws<InvalidPluginExecutionException>(() => Import(document));

        Assert.Contains(problem, error.Message, StringComparison.Ordinal);
        Assert.Contains("nothing was written", error.Message, StringComparison.Ordinal);
        Assert.Equal(before, StoreSnapshot.Of(Dataverse));
        Assert.False(string.IsNullOrEmpty(caseName));
    }

    public static TheoryData<string, string, string> ValuesBeyondTheSchema()
    {
        var cases = new TheoryData<string, string, string>();
        void Spoil(string name, string from, string to, string problem)
        {
            Assert.Contains(from, FinanceDocuments.Complete, StringComparison.Ordinal);
            cases.Add(name, FinanceDocuments.Complete.Replace(from, to, StringComparison.Ordinal), problem);
        }

        string tooLong = new('x', 101);
        Spoil("expense name too long", "\"Hotel Seattle\"", $"\"{tooLong}\"", "$.expenses[0].name is 101 characters long; msdyn_expense.msdyn_name holds at most 100.");
        Spoil("line id too long", "\"lineId\": \"VINV-0001-2\"", $"\"lineId\": \"{tooLong}\"", "$.vendorInvoices[0].lines[1].lineId is 101 characters long; msdyn_projectvendorinvoiceline.msdyn_externalinvoiceline holds at most 100.");
        Spoil("category id too long", "\"categoryId\": \"Meals\"", $"\"categoryId\": \"{tooLong}\"", "$.expenseCategories[0].categoryId is 101 characters long; msdyn_expensecategory.msdyn_categoryid holds at most 100.");
        Spoil("control character in a name", "\"Hotel Seattle\"", "\"Hotel\\u0001Seattle\"", "$.expenses[0].name holds the control character U+0001 at character 6.");
        Spoil("control character in a description", "\"Cabling work\"", "\"Cabling\\u007fwork\"", "$.vendorInvoices[0].lines[0].description holds the control character U+007F at character 8.");
        Spoil("lone high surrogate", "\"Hotel Seattle\"", "\"Hotel \\ud800\"", "$.expenses[0].name holds a lone surrogate U+D800 at character 7, which is not Unicode text.");
        Spoil("lone low surrogate", "\"Fabrikam March\"", "\"\\udc00March\"", "$.vendorInvoices[0].name holds a lone surrogate U+DC00 at character 1, which is not Unicode text.");
        Spoil("expense quantity below the recorded minimum", "\"quantity\": 2,", "\"quantity\": -2,", "$.expenses[0].quantity is -2, outside msdyn_expense.msdyn_quantity's range of 0 to 1000000000.");
        Spoil("expense price beyond the recorded maximum", "\"price\": 150.25", "\"price\": 1000000000.01", "$.expenses[0].price is 1000000000.01, outside msdyn_expense.msdyn_price's range of -1000000000 to 1000000000.");
        Spoil("line amount beyond the platform's money range", "\"amount\": 955", "\"amount\": 1000000000000000", "$.vendorInvoices[0].lines[0].amount is 1000000000000000, outside msdyn_projectvendorinvoiceline.msdyn_amount's range of -922337000000000 to 922337000000000.");
        Spoil("expense total beyond the money range", "\"amount\": 300.50, \"salesTax\": 24.04", "\"amount\": 900000000000000, \"salesTax\": 900000000000000", "$.expenses[0] (amount + salesTax, the expense's total) is 1800000000000000, outside msdyn_expense.msdyn_totalamount's range");
        Spoil("expense date before 1753", "\"date\": \"2026-03-30\"", "\"date\": \"1752-12-31\"", "$.expenses[0].date is 1752-12-31, outside the dates Dataverse holds (1753-01-01 to 9999-12-31).");
        Spoil("invoice date before 1753", "\"date\": \"2026-03-31\", \"currency\": \"USD\",\n", "\"date\": \"0001-01-01\", \"currency\": \"USD\",\n", "$.vendorInvoices[0].date is 0001-01-01, outside the dates Dataverse holds");
        Spoil("expense type not a choice value", $"\"expenseType\": {FinanceDocuments.MealExpenseType}", "\"expenseType\": 5", "$.expenseCategories[0].expenseType is 5, which is not a value of the choice msdyn_expensecategory.msdyn_expensetype (192350000,");
        Spoil("expense type next to a real one", $"\"expenseType\": {FinanceDocuments.MealExpenseType}", "\"expenseType\": 192350099", "$.expenseCategories[0].expenseType is 192350099, which is not a value of the choice");
        return cases;
    }

    [Fact]
    public void EveryValueBeyondItsLimitIsListedInOneError()
    {
        string document = FinanceDocuments.Complete
            .Replace("\"quantity\": 2,", "\"quantity\": -2,", StringComparison.Ordinal)
            .Replace("\"date\": \"2026-03-30\"", "\"date\": \"1700-01-01\"", StringComparison.Ordinal)
            .Replace("\"Cabling work\"", "\"Cabling\\u0000work\"", StringComparison.Ordinal);
        string before = StoreSnapshot.Of(Dataverse);

        var error = Assert.Throws<InvalidPluginExecutionException>(() => Import(document));

        Assert.Contains("(3 problems)", error.Message, StringComparison.Ordinal);
        Assert.Contains("$.expenses[0].quantity is -2", error.Message, StringComparison.Ordinal);
        Assert.Contains("$.expenses[0].date is 1700-01-01", error.Message, StringComparison.Ordinal);
        Assert.Contains("$.vendorInvoices[0].lines[0].description holds the control character U+0000", error.Message, StringComparison.Ordinal);
        Assert.Equal(before, StoreSnapshot.Of(Dataverse));
    }

    [Fact]
    public void CreditLinesAndRefundsWithNegativeAmountsAreImported()
    {
        string document = FinanceDocuments.Complete
            .Replace("\"quantity\": 10, \"unit\": \"Hour\", \"price\": 95.5, \"amount\": 955, \"salesTax\": 76.4", "\"quantity\": -10, \"unit\": \"Hour\", \"price\": 95.5, \"amount\": -955, \"salesTax\": -76.4", StringComparison.Ordinal)
            .Replace("\"price\": 80, \"amount\": 80", "\"price\": -80, \"amount\": -80", StringComparison.Ordinal);

        Import(document);

        Entity credit = Dataverse.Records("msdyn_projectvendorinvoiceline").Single(l => l.GetAttributeValue<string>("msdyn_externalinvoiceline") == "VINV-0001-1");
        Assert.Equal(-10m, credit.GetAttributeValue<decimal>("msdyn_quantity"));
        Assert.Equal(-955m, credit.GetAttributeValue<Money>("msdyn_amount")!.Value);
        Assert.Equal(-910m, Dataverse.Records("msdyn_projectvendorinvoice").Single().GetAttributeValue<Money>("msdyn_totalamount")!.Value);
        Entity refund = Dataverse.Records("msdyn_expense").Single(e => e.GetAttributeValue<string>("msdyn_externalexpenseid") == "EXP-0002");
        Assert.Equal(-80m, refund.GetAttributeValue<Money>("msdyn_totalamount")!.Value);
    }

    [Fact]
    public void TextAtItsColumnsLimitWithLineBreaksAndSurrogatePairsIsImported()
    {
        string atLimit = new string('x', 98) + "\\ud83d\\ude00";
        string document = FinanceDocuments.Complete
            .Replace("\"Hotel Seattle\"", $"\"{atLimit}\"", StringComparison.Ordinal)
            .Replace("\"Cabling work\"", "\"Cabling\\r\\nwork\\tday\"", StringComparison.Ordinal);

        Import(document);

        Assert.Equal(100, Dataverse.Records("msdyn_expense").Single(e => e.GetAttributeValue<string>("msdyn_externalexpenseid") == "EXP-0001").GetAttributeValue<string>("msdyn_name")!.Length);
        Assert.Contains(Dataverse.Records("msdyn_projectvendorinvoiceline"), l => l.GetAttributeValue<string>("msdyn_name") == "Cabling\r\nwork\tday");
    }

    private IDictionary<string, object?> Import(string document) =>
        Dataverse.ExecuteCodeActivity<ImportFinanceDocumentActivity>(new Dictionary<string, object?> { ["Document"] = document });
}
