using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using DualWrite.Plugins.Registration;
using DualWrite.Testing;
using DualWrite.Testing.Activities;
using DualWrite.Tests.Testing.Plugins;
using DualWrite.Tests.WorkflowActivities.Support;
using DualWrite.WorkflowActivities;
using Microsoft.Xrm.Sdk;
using Xunit;
using static DualWrite.Tests.Testing.Support.Steps;

namespace DualWrite.Tests.WorkflowActivities;

/// <summary>
/// Imports and confirmations land whole or not at all: only inside the platform's transaction (a real-time workflow,
/// an action, a synchronous step), refused before writing in a background workflow, and capped at 1,000 records.
/// </summary>
public sealed class TransactionTests
{
    private const string Correlation = FinanceConfirmations.Correlation;
    private readonly InboundOrganization _organization = new();

    private InMemoryDataverse Dataverse => _organization.Dataverse;

    public static TheoryData<string> Documents() => new()
    {
        FinanceDocuments.Complete,
        """{ "legalEntity": "USPM", "expenseCategories": [ { "categoryId": "Fuel", "name": "Fuel" } ] }""",
    };

    [Theory]
    [MemberData(nameof(Documents))]
    public void AnImportInABackgroundWorkflowIsRefusedBeforeWritingAndSaysHowToCallIt(string document)
    {
        string before = StoreSnapshot.Of(Dataverse);

        var error = Assert.Throws<InvalidPluginExecutionException>(() => Dataverse.ExecuteCodeActivity<ImportFinanceDocumentActivity>(
            Dataverse.GetDefaultWorkflowContext().AsBackgroundWorkflow(), new Dictionary<string, object?> { ["Document"] = document }));

        AssertSaysHowToCallIt("Import Finance document", error.Message);
        Assert.Equal(before, StoreSnapshot.Of(Dataverse));
    }

    [Theory]
    [InlineData("Posted")]
    [InlineData("Rejected")]
    public void AConfirmationInABackgroundWorkflowIsRefusedBeforeWriting(string status)
    {
        var actual = Guid.NewGuid();
        Dataverse.Initialize(new Entity("msdyn_actual", actual) { ["msdyn_description"] = "Design hours" });
        _organization.AddSyncedState("msdyn_actual", actual, Correlation);
        string before = StoreSnapshot.Of(Dataverse);

        var error = Assert.Throws<InvalidPluginExecutionException>(() => Dataverse.ExecuteCodeActivity<ApplyFinanceConfirmationActivity>(
            Dataverse.GetDefaultWorkflowContext().AsBackgroundWorkflow(),
            new Dictionary<string, object?>
            {
                ["RecordTable"] = "msdyn_actual", ["RecordId"] = actual.ToString(), ["FinanceStatus"] = status, ["CorrelationId"] = Correlation,
                ["VoucherNumber"] = "VOU-1", ["FinanceMessage"] = "Finance's words",
            }));

        AssertSaysHowToCallIt("Apply Finance confirmation", error.Message);
        Assert.Equal(before, StoreSnapshot.Of(Dataverse));
    }

    [Fact]
    public void ARealTimeWorkflowImportsTheDocument()
    {
        IDictionary<string, object?> outputs = Dataverse.ExecuteCodeActivity<ImportFinanceDocumentActivity>(
            Dataverse.GetDefaultWorkflowContext().AsRealTimeWorkflow(), new Dictionary<string, object?> { ["Document"] = FinanceDocuments.Complete });

        Assert.Equal(6, outputs["Created"]);
    }

    [Theory]
    [InlineData("msdyn_expense", "expenses refused by a validation step")]
    [InlineData("msdyn_projectvendorinvoiceline", "lines refused by a validation step")]
    public void WhenThePlatformRefusesALaterRecordTheEarlierOnesAreRolledBack(string refusedTable, string reason)
    {
        Dataverse.RegisterStep(On<ThrowingPlugin>("Create", refusedTable, PipelineStage.PreOperation, reason));
        string before = StoreSnapshot.Of(Dataverse);

        var error = Assert.Throws<InvalidPluginExecutionException>(() => Dataverse.ExecuteCodeActivity<ImportFinanceDocumentActivity>(
            new Dictionary<string, object?> { ["Document"] = FinanceDocuments.Complete }));

        Assert.Contains(reason, error.Message, StringComparison.Ordinal);
        Assert.Equal(before, StoreSnapshot.Of(Dataverse));
    }

    [Theory]
    [InlineData(1001, 0, "$ would write 1,001 records")]
    [InlineData(0, 1000, "$ would write 1,001 records")]
    public void ADocumentOfMoreThan1000RecordsIsRefusedWholeNamingTheCap(int categories, int lines, string problem)
    {
        string before = StoreSnapshot.Of(Dataverse);

        var error = Assert.Throws<InvalidPluginExecutionException>(() => Dataverse.ExecuteCodeActivity<ImportFinanceDocumentActivity>(
            new Dictionary<string, object?> { ["Document"] = Large(categories, lines) }));

        Assert.Contains(problem, error.Message, StringComparison.Ordinal);
        Assert.Contains("more than the 1,000 that dual-write allows in one transaction", error.Message, StringComparison.Ordinal);
        Assert.Equal(before, StoreSnapshot.Of(Dataverse));
    }

    [Fact]
    public void ADocumentOfExactly1000RecordsIsImported()
    {
        IDictionary<string, object?> outputs = Dataverse.ExecuteCodeActivity<ImportFinanceDocumentActivity>(
            new Dictionary<string, object?> { ["Document"] = Large(0, 999) });

        Assert.Equal(1000, outputs["Created"]);
    }

    private static string Large(int categories, int lines)
    {
        var json = new StringBuilder("{ \"legalEntity\": \"USPM\"");
        if (categories > 0)
        {
            json.Append(", \"expenseCategories\": [")
                .Append(string.Join(",", Enumerable.Range(1, categories).Select(i => $"{{ \"categoryId\": \"C-{i}\", \"name\": \"Category {i}\" }}")))
                .Append(']');
        }

        if (lines > 0)
        {
            json.Append(", \"vendorInvoices\": [ { \"invoiceId\": \"VINV-9\", \"vendor\": \"V-0001\", \"date\": \"2026-03-31\", \"currency\": \"USD\", \"lines\": [")
                .Append(string.Join(",", Enumerable.Range(1, lines).Select(i =>
                    $"{{ \"lineId\": \"VINV-9-{i}\", \"project\": \"PRJ-0001\", \"category\": \"Travel\", \"quantity\": 1, \"unit\": \"Each\", \"price\": 1, \"amount\": 1 }}")))
                .Append("] } ]");
        }

        return json.Append(" }").ToString();
    }

    private static void AssertSaysHowToCallIt(string activity, string message)
    {
        Assert.Contains($"{activity} writes only inside a Dataverse transaction", message, StringComparison.Ordinal);
        Assert.Contains("nothing was written", message, StringComparison.Ordinal);
        Assert.Contains("real-time workflow", message, StringComparison.Ordinal);
        Assert.Contains("Dataverse action", message, StringComparison.Ordinal);
        Assert.Contains("synchronous plug-in step", message, StringComparison.Ordinal);
    }
}
