using System;
using System.Collections.Generic;
using System.Linq;
using DualWrite.Tests.Support;
using DualWrite.Plugins.Registration;
using DualWrite.Testing;
using DualWrite.Testing.ProjectOperations;
using DualWrite.Tests.Testing.Plugins;
using DualWrite.Tests.Testing.Support;
using DualWrite.Tests.WorkflowActivities.Support;
using DualWrite.WorkflowActivities;
using Microsoft.Xrm.Sdk;
using Xunit;
using static DualWrite.Tests.Testing.Support.Steps;
using static DualWrite.Tests.WorkflowActivities.Support.InboundOrganization;

namespace DualWrite.Tests.WorkflowActivities;

public sealed class ImportFinanceDocumentActivityTests
{
    private readonly InboundOrganization _organization = new();

    private InMemoryDataverse Dataverse => _organization.Dataverse;

    [Fact]
    public void ImportsCategoriesExpensesAndVendorInvoicesWithEveryColumn()
    {
        IDictionary<string, object?> outputs = Import(FinanceDocuments.Complete);

        Entity meals = Assert.Single(Dataverse.Records("msdyn_expensecategory"), c => c.GetAttributeValue<string>("msdyn_categoryid") == "Meals");
        AssertColumns(meals, ("msdyn_name", "Meals and entertainment"), ("msdyn_company", Ref("cdm_company", Uspm)), ("msdyn_expensecategoryuid", Ref("msdyn_transactioncategory", Travel)), ("msdyn_expensetype", RecordedChoice.Option("msdyn_expensecategory", "msdyn_expensetype", "Meal")));

        Entity[] expenses = Dataverse.Records("msdyn_expense").ToArray();
        Assert.Equal(2, expenses.Length);
        AssertColumns(
            expenses[0],
            ("msdyn_externalexpenseid", "EXP-0001"), ("msdyn_owningcompany", Ref("cdm_company", Uspm)), ("msdyn_name", "Hotel Seattle"),
            ("msdyn_expensecategory", Ref("msdyn_expensecategory", Hotel)), ("msdyn_project", Ref("msdyn_project", Project)),
            ("msdyn_projecttask", Ref("msdyn_projecttask", Task)), ("msdyn_transactiondate", new DateTime(2026, 3, 30, 0, 0, 0, DateTimeKind.Utc)),
            ("msdyn_quantity", 2m), ("msdyn_unit", Ref("uom", Each)), ("msdyn_price", new Money(150.25m)), ("msdyn_amount", new Money(300.50m)),
            ("msdyn_salestaxamount", new Money(24.04m)), ("msdyn_totalamount", new Money(324.54m)), ("transactioncurrencyid", Ref("transactioncurrency", Usd)));
        AssertColumns(
            expenses[1],
            ("msdyn_externalexpenseid", "EXP-0002"), ("msdyn_expensecategory", meals.ToEntityReference()), ("msdyn_salestaxamount", new Money(0m)),
            ("msdyn_totalamount", new Money(80m)));
        Assert.False(expenses[1].Contains("msdyn_projecttask"));

        Entity invoice = Assert.Single(Dataverse.Records("msdyn_projectvendorinvoice"));
        AssertColumns(
            invoice,
            ("msdyn_externalinvoice", "VINV-0001"), ("msdyn_owningcompany", Ref("cdm_company", Uspm)), ("msdyn_name", "Fabrikam March"),
            ("msdyn_vendor", Ref("account", Vendor)), ("msdyn_invoicedate", new DateTime(2026, 3, 31, 0, 0, 0, DateTimeKind.Utc)),
            ("transactioncurrencyid", Ref("transactioncurrency", Usd)), ("msdyn_totalamount", new Money(1000m)));

        Entity[] lines = Dataverse.Records("msdyn_projectvendorinvoiceline").ToArray();
        Assert.Equal(2, lines.Length);
        AssertColumns(
            lines[0],
            ("msdyn_externalinvoiceline", "VINV-0001-1"), ("msdyn_vendorinvoice", invoice.ToEntityReference()), ("msdyn_name", "Cabling work"),
            ("msdyn_project", Ref("msdyn_project", Project)), ("msdyn_projecttask", Ref("msdyn_projecttask", Task)),
            ("msdyn_transactioncategory", Ref("msdyn_transactioncategory", Subcontract)), ("msdyn_product", Ref("product", Product)),
            ("msdyn_quantity", 10m), ("msdyn_unit", Ref("uom", Hour)), ("msdyn_price", new Money(95.5m)), ("msdyn_amount", new Money(955m)),
            ("msdyn_salestaxamount", new Money(76.4m)), ("transactioncurrencyid", Ref("transactioncurrency", Usd)));
        AssertColumns(lines[1], ("msdyn_externalinvoiceline", "VINV-0001-2"), ("msdyn_name", "VINV-0001-2"), ("msdyn_transactioncategory", Ref("msdyn_transactioncategory", Travel)));
        Assert.False(lines[1].Contains("msdyn_product"));

        Assert.Equal(6, outputs["Created"]);
        Assert.Equal(0, outputs["Updated"]);
        Assert.Equal("Imported 1 expense categories, 2 expenses and 1 vendor invoices with 2 lines: 6 records created, 0 updated.", outputs["Message"]);
    }

    [Fact]
    public void ImportingTheSameDocumentAgainUpdatesByNaturalKeyInsteadOfDuplicating()
    {
        Import(FinanceDocuments.Complete);

        IDictionary<string, object?> outputs = Import(FinanceDocuments.Complete.Replace("\"price\": 80, \"amount\": 80", "\"price\": 90, \"amount\": 90", StringComparison.Ordinal));

        Assert.Equal(0, outputs["Created"]);
        Assert.Equal(6, outputs["Updated"]);
        Assert.Equal(2, Dataverse.Records("msdyn_expense").Count);
        Assert.Single(Dataverse.Records("msdyn_projectvendorinvoice"));
        Assert.Equal(2, Dataverse.Records("msdyn_projectvendorinvoiceline").Count);
        Assert.Equal(90m, Dataverse.Records("msdyn_expense")[1].GetAttributeValue<Money>("msdyn_amount")!.Value);
    }

    [Fact]
    public void EveryWriteCarriesTheInboundTag()
    {
        foreach (string table in new[] { "msdyn_expensecategory", "msdyn_expense", "msdyn_projectvendorinvoice", "msdyn_projectvendorinvoiceline" })
        {
            Dataverse.RegisterStep(On<ContextRecorderPlugin>("Create", table, PipelineStage.PreOperation, table));
        }

        Import(FinanceDocuments.Complete);

        Execution[] writes = ExecutionLog.Of(Dataverse.Identity.OrganizationId).ToArray();
        Assert.Equal(6, writes.Length);
        Assert.All(writes, w => Assert.Equal(InboundTag.Value, w.Context.SharedVariables[InboundTag.Parameter]));
    }

    [Theory]
    [MemberData(nameof(BadDocuments))]
    public void ABadDocumentIsRefusedNamingEveryProblemAndWritesNothing(string caseName, string document, string[] problems)
    {
        string before = StoreSnapshot.Of(Dataverse);

        var error = Assert.Throws<InvalidPluginExecutionException>(() => Import(document));

        Assert.All(problems, problem => Assert.Contains(problem, error.Message, StringComparison.Ordinal));
        Assert.Contains("nothing was written", error.Message, StringComparison.Ordinal);
        Assert.Equal(before, StoreSnapshot.Of(Dataverse));
        Assert.False(string.IsNullOrEmpty(caseName));
    }

    public static TheoryData<string, string, string[]> BadDocuments()
    {
        var cases = new TheoryData<string, string, string[]>();
        void Spoil(string name, string from, string to, params string[] problems)
        {
            Assert.Contains(from, FinanceDocuments.Complete, StringComparison.Ordinal);
            cases.Add(name, FinanceDocuments.Complete.Replace(from, to, StringComparison.Ordinal), problems);
        }

        Spoil("missing legal entity", "\"legalEntity\": \"USPM\",", "", "$.legalEntity is missing.");
        Spoil("unknown legal entity", "\"legalEntity\": \"USPM\"", "\"legalEntity\": \"XXXX\"", "$.legalEntity: legal entity 'XXXX' is not in Dataverse (cdm_company).");
        Spoil(
            "another legal entity: nothing of USPM is found",
            "\"legalEntity\": \"USPM\"",
            "\"legalEntity\": \"DEMF\"",
            "$.expenses[0].category: expense category 'Hotel' of legal entity 'DEMF' is not in Dataverse",
            "$.expenses[0].project: project 'PRJ-0001' of legal entity 'DEMF' is not in Dataverse",
            "$.expenses[1].project: project 'PRJ-0001' of legal entity 'DEMF'",
            "$.vendorInvoices[0].vendor: vendor account 'V-0001' of legal entity 'DEMF' is not in Dataverse (account).",
            "$.vendorInvoices[0].lines[1].project: project 'PRJ-0001' of legal entity 'DEMF'");
        Spoil("missing project", "\"category\": \"Hotel\", \"project\": \"PRJ-0001\", ", "\"category\": \"Hotel\", ", "$.expenses[0].project is missing.");
        Spoil("unknown project", "\"category\": \"Meals\", \"project\": \"PRJ-0001\"", "\"category\": \"Meals\", \"project\": \"PRJ-9999\"", "$.expenses[1].project: project 'PRJ-9999' of legal entity 'USPM' is not in Dataverse (msdyn_project).");
        Spoil("unknown task", "\"category\": \"Subcontract\"", "\"category\": \"Subcontract\", \"task\": \"9.9\"", "Member 'task' appears twice");
        Spoil("unknown task of the project", "\"category\": \"Hotel\", \"project\": \"PRJ-0001\", \"task\": \"1.1\"", "\"category\": \"Hotel\", \"project\": \"PRJ-0001\", \"task\": \"9.9\"", "$.expenses[0].task: task '9.9' of project 'PRJ-0001' is not in Dataverse (msdyn_projecttask).");
        Spoil("unknown expense category", "\"category\": \"Hotel\"", "\"category\": \"Spa\"", "$.expenses[0].category: expense category 'Spa' of legal entity 'USPM' is not in Dataverse (msdyn_expensecategory).");
        Spoil("unknown unit", "\"unit\": \"Hour\"", "\"unit\": \"Crate\"", "$.vendorInvoices[0].lines[0].unit: unit 'Crate' is not in Dataverse (uom).");
        Spoil("unknown currency", "\"amount\": 80, \"currency\": \"USD\"", "\"amount\": 80, \"currency\": \"XYZ\"", "$.expenses[1].currency: currency 'XYZ' is not in Dataverse (transactioncurrency).");
        Spoil("unknown vendor", "\"vendor\": \"V-0001\"", "\"vendor\": \"V-9999\"", "$.vendorInvoices[0].vendor: vendor account 'V-9999' of legal entity 'USPM' is not in Dataverse (account).");
        Spoil("unknown transaction category", "\"category\": \"Subcontract\"", "\"category\": \"Catering\"", "$.vendorInvoices[0].lines[0].category: transaction category 'Catering' is not in Dataverse (msdyn_transactioncategory).");
        Spoil("unknown product", "\"product\": \"P-100\"", "\"product\": \"P-999\"", "$.vendorInvoices[0].lines[0].product: product 'P-999' is not in Dataverse (product).");
        Spoil("quantity of the wrong type", "\"quantity\": 2,", "\"quantity\": \"2\",", "$.expenses[0].quantity must be a number, not a string (\"2\").");
        Spoil("date in another format", "\"date\": \"2026-03-30\"", "\"date\": \"30.03.2026\"", "$.expenses[0].date must be a date written yyyy-MM-dd, not a string (\"30.03.2026\").");
        Spoil("amount null", "\"amount\": 955", "\"amount\": null", "$.vendorInvoices[0].lines[0].amount is missing.");
        Spoil("unknown field", "\"name\": \"Hotel Seattle\"", "\"name\": \"Hotel Seattle\", \"colour\": \"blue\"", "$.expenses[0].colour is not a field of this document");
        Spoil("expenses not an array", "\"expenses\": [", "\"expenses\": \"none\", \"expenses2\": [", "$.expenses must be an array, not a string (\"none\").", "$.expenses2 is not a field of this document");
        Spoil("lines empty", "\"lines\": [\n", "\"lines\": [], \"x\": [\n", "$.vendorInvoices[0].lines is empty.", "$.vendorInvoices[0].x is not a field of this document");
        Spoil("duplicate line id", "\"lineId\": \"VINV-0001-2\"", "\"lineId\": \"VINV-0001-1\"", "$.vendorInvoices[0].lines[1]: vendor invoice line 'VINV-0001-1' appears more than once in the document.");
        Spoil("duplicate expense id", "\"expenseId\": \"EXP-0002\"", "\"expenseId\": \"EXP-0001\"", "$.expenses[1]: expense 'EXP-0001' appears more than once in the document.");
        Spoil("number out of range", "\"price\": 45", "\"price\": 1e40", "$.vendorInvoices[0].lines[1].price (1e40) is out of range for an amount or quantity.");
        Spoil("expense type not a whole number", $"\"expenseType\": {FinanceDocuments.MealExpenseType}", "\"expenseType\": 1.5", "$.expenseCategories[0].expenseType must be a whole number, not a number (1.5).");
        Spoil("category name empty", "\"name\": \"Meals and entertainment\"", "\"name\": \"  \"", "$.expenseCategories[0].name is empty.");
        Spoil("a line that is not an object", "\"lines\": [\n", "\"lines\": [ 42,\n", "$.vendorInvoices[0].lines[0] must be an object, not a number.");
        Spoil(
            "several problems in one expense",
            "{ \"expenseId\": \"EXP-0001\", \"name\": \"Hotel Seattle\"",
            "{ \"name\": true",
            "$.expenses[0].expenseId is missing.",
            "$.expenses[0].name must be a string, not a boolean.");
        Spoil("truncated", FinanceDocuments.Complete[FinanceDocuments.Complete.IndexOf("\"vendorInvoices\"", StringComparison.Ordinal)..], "", "The Finance document is not valid JSON: The document ends inside an object (truncated?) at line 12");
        Spoil("trailing comma", "\"currency\": \"USD\" }\n  ]", "\"currency\": \"USD\" },\n  ]", "The Finance document is not valid JSON: Unexpected character ']' where a value was expected at line");
        Spoil("unescaped control character", "Team dinner", "Team\tdinner", "A control character must be escaped inside a string at line 9, column 45");
        cases.Add("empty document", "   ", ["The Finance document is empty"]);
        cases.Add("root is an array", "[]", ["$ must be an object, not an array."]);
        cases.Add("nothing to import", "{ \"legalEntity\": \"USPM\", \"expenses\": [] }", ["$ holds no expenseCategories, expenses or vendorInvoices: there is nothing to import."]);
        cases.Add("sections of the wrong type", "{ \"legalEntity\": 7, \"expenses\": \"none\" }", ["$.legalEntity must be a string, not a number (7).", "$.expenses must be an array, not a string (\"none\")."]);
        return cases;
    }

    private IDictionary<string, object?> Import(string document) =>
        Dataverse.ExecuteCodeActivity<ImportFinanceDocumentActivity>(new Dictionary<string, object?> { ["Document"] = document });

    private static void AssertColumns(Entity row, params (string Column, object Value)[] expected)
    {
        foreach ((string column, object value) in expected)
        {
            Assert.True(row.Contains(column), $"{row.LogicalName} has no {column}.");
            object actual = row[column]!;
            switch (value)
            {
                case EntityReference reference:
                    Assert.Equal((reference.LogicalName, reference.Id), (((EntityReference)actual).LogicalName, ((EntityReference)actual).Id));
                    break;
                case Money money:
                    Assert.Equal(money.Value, ((Money)actual).Value);
                    break;
                case OptionSetValue option:
                    Assert.Equal(option.Value, ((OptionSetValue)actual).Value);
                    break;
                default:
                    Assert.Equal(value, actual);
                    break;
            }
        }
    }
}
