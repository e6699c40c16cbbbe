using System;
using System.Collections.Generic;
using System.Linq;
using DualWrite.Tests.Support;
using DualWrite.Common.Tables;
using DualWrite.Plugins.Registration;
using DualWrite.Testing;
using DualWrite.Testing.Activities;
using DualWrite.Tests.Testing.Plugins;
using DualWrite.Tests.Testing.Support;
using DualWrite.Tests.WorkflowActivities.Support;
using DualWrite.WorkflowActivities;
using Microsoft.Xrm.Sdk;
using Xunit;
using static DualWrite.Tests.Testing.Support.Steps;
using Col = DualWrite.Common.Tables.SyncStateTable.Columns;

namespace DualWrite.Tests.WorkflowActivities;

public sealed class ApplyFinanceConfirmationActivityTests
{
    private const string Correlation = FinanceConfirmations.Correlation;
    private static readonly DateTime s_postingDate = FinanceConfirmations.PostingDate;
    private readonly InboundOrganization _organization = new();
    private readonly Guid _actual = Guid.NewGuid();
    private readonly Guid _state;

    public ApplyFinanceConfirmationActivityTests()
    {
        Dataverse.Initialize(new Entity("msdyn_actual", _actual) { ["msdyn_description"] = "Design hours", ["msdyn_amount"] = new Money(1000m) });
        _state = _organization.AddSyncedState("msdyn_actual", _actual, Correlation);
    }

    private InMemoryDataverse Dataverse => _organization.Dataverse;

    [Fact]
    public void APostingConfirmsTheSyncStateAndWritesTheAccountingValuesBackOntoTheActual()
    {
        IDictionary<string, object?> outputs = Run(Posting());

        Entity actual = Dataverse.Find("msdyn_actual", _actual)!;
        Assert.Equal(1234.56m, actual.GetAttributeValue<Money>("msdyn_accountingamount")!.Value);
        Assert.Equal(1.2345m, actual.GetAttributeValue<decimal>("msdyn_exchangerate"));
        Assert.Equal("VOU-000123", actual.GetAttributeValue<string>("msdyn_externalreferenceid"));
        Assert.Equal(98.76m, actual.GetAttributeValue<Money>("msdyn_salestaxamount")!.Value);
        Assert.Equal(1000m, actual.GetAttributeValue<Money>("msdyn_amount")!.Value);

        Entity state = Dataverse.Find(SyncStateTable.LogicalName, _state)!;
        Assert.Equal(SyncStateTable.Status.Confirmed, state.GetAttributeValue<OptionSetValue>(Col.Status)!.Value);
        Assert.Equal("VOU-000123", state.GetAttributeValue<string>(Col.FinanceDocument));
        Assert.Equal(s_postingDate, state.GetAttributeValue<DateTime>(Col.FinancePostingDate));
        Assert.Equal("Posted in journal PJ-0042", state.GetAttributeValue<string>(Col.FinanceMessage));
        Assert.True(state.Contains(Col.ConfirmedOn));
        Assert.Equal(Correlation, state.GetAttributeValue<string>(Col.CorrelationId));

        Assert.Equal(true, outputs["Applied"]);
        Assert.Equal(false, outputs["AlreadyApplied"]);
        Assert.Equal("Confirmed", outputs["SyncStatus"]);
        Assert.Contains("msdyn_accountingamount, msdyn_exchangerate, msdyn_externalreferenceid, msdyn_salestaxamount written back", (string)outputs["Message"]!);
    }

    [Fact]
    public void TheWorkflowsPrimaryRecordIsTheTargetWhenNoneIsNamed()
    {
        var inputs = Posting();
        inputs.Remove("RecordTable");
        inputs.Remove("RecordId");

        Dataverse.ExecuteCodeActivity<ApplyFinanceConfirmationActivity>(inputs, new Entity("msdyn_actual", _actual));

        Assert.Equal("VOU-000123", Dataverse.Find("msdyn_actual", _actual)!.GetAttributeValue<string>("msdyn_externalreferenceid"));
    }

    [Fact]
    public void TheSameConfirmationAgainWritesNothingAndSaysItWasAlreadyApplied()
    {
        Run(Posting());
        string before = StoreSnapshot.Of(Dataverse);
        Dataverse.RegisterStep(On<ContextRecorderPlugin>("Update", "msdyn_actual", PipelineStage.PreOperation, "actual-update"));
        Dataverse.RegisterStep(On<ContextRecorderPlugin>("Update", SyncStateTable.LogicalName, PipelineStage.PreOperation, "state-update"));

        IDictionary<string, object?> outputs = Run(Posting());

        Assert.Equal(before, StoreSnapshot.Of(Dataverse));
        Assert.Empty(ExecutionLog.Of(Dataverse.Identity.OrganizationId));
        Assert.Equal(false, outputs["Applied"]);
        Assert.Equal(true, outputs["AlreadyApplied"]);
        Assert.Contains("already applied", (string)outputs["Message"]!);
    }

    [Fact]
    public void EveryWriteCarriesTheInboundTagSoTheOutboundPluginsSkipIt()
    {
        Dataverse.RegisterStep(On<ContextRecorderPlugin>("Update", "msdyn_actual", PipelineStage.PreOperation, "actual-update"));
        Dataverse.RegisterStep(On<ContextRecorderPlugin>("Update", SyncStateTable.LogicalName, PipelineStage.PreOperation, "state-update"));

        Run(Posting());

        Execution[] writes = ExecutionLog.Of(Dataverse.Identity.OrganizationId).ToArray();
        Assert.Equal(["actual-update", "state-update"], writes.Select(w => w.Label));
        Assert.All(writes, w => Assert.Equal(InboundTag.Value, w.Context.SharedVariables[InboundTag.Parameter]));
    }

    [Fact]
    public void AStaleCorrelationIdIsRefusedNamingTheRecordAndBothIds()
    {
        string before = StoreSnapshot.Of(Dataverse);
        var inputs = Posting();
        inputs["CorrelationId"] = "11111111-2222-3333-4444-555555555555";

        var error = Assert.Throws<InvalidPluginExecutionException>(() => Run(inputs));

        Assert.Contains($"msdyn_actual {_actual:D}", error.Message);
        Assert.Contains("11111111-2222-3333-4444-555555555555", error.Message);
        Assert.Contains(Correlation, error.Message);
        Assert.Equal(before, StoreSnapshot.Of(Dataverse));
    }

    [Fact]
    public void ARecordThatWasNeverSyncedIsRefused()
    {
        var inputs = Posting();
        inputs["RecordId"] = Guid.NewGuid().ToString();

        var error = Assert.Throws<InvalidPluginExecutionException>(() => Run(inputs));

        Assert.Contains("has no sync state", error.Message);
    }

    [Fact]
    public void ARejectionMovesTheStateToRejectedWithFinancesReasonAndLeavesTheActualAlone()
    {
        string actualBefore = Describe(Dataverse.Find("msdyn_actual", _actual)!);

        IDictionary<string, object?> outputs = Run(new Dictionary<string, object?>
        {
            ["RecordTable"] = "msdyn_actual",
            ["RecordId"] = _actual.ToString(),
            ["FinanceStatus"] = "rejected",
            ["CorrelationId"] = Correlation.ToUpperInvariant(),
            ["FinanceMessage"] = "Project PRJ-0001 is in stage Finished.",
        });

        Entity state = Dataverse.Find(SyncStateTable.LogicalName, _state)!;
        Assert.Equal(SyncStateTable.Status.Rejected, state.GetAttributeValue<OptionSetValue>(Col.Status)!.Value);
        Assert.Equal("Project PRJ-0001 is in stage Finished.", state.GetAttributeValue<string>(Col.FinanceMessage));
        Assert.False(state.Contains(Col.FinanceDocument));
        Assert.False(state.Contains(Col.FinancePostingDate));
        Assert.True(state.Contains(Col.ConfirmedOn));
        Assert.Equal(actualBefore, Describe(Dataverse.Find("msdyn_actual", _actual)!));
        Assert.Equal("Rejected", outputs["SyncStatus"]);
    }

    [Fact]
    public void ARejectionAfterAConfirmationOfTheSameSyncIsRefused()
    {
        Run(Posting());

        var error = Assert.Throws<InvalidPluginExecutionException>(() => Run(new Dictionary<string, object?>
        {
            ["RecordTable"] = "msdyn_actual",
            ["RecordId"] = _actual.ToString(),
            ["FinanceStatus"] = "Rejected",
            ["CorrelationId"] = Correlation,
            ["FinanceMessage"] = "late",
        }));

        Assert.Contains("contradicts the confirmation already applied", error.Message);
    }

    [Fact]
    public void AnAcceptanceArrivingAfterThePostingChangesNothing()
    {
        Run(Posting());
        string before = StoreSnapshot.Of(Dataverse);

        IDictionary<string, object?> outputs = Run(new Dictionary<string, object?>
        {
            ["RecordTable"] = "msdyn_actual",
            ["RecordId"] = _actual.ToString(),
            ["FinanceStatus"] = "Accepted",
            ["CorrelationId"] = Correlation,
            ["DocumentNumber"] = "STAGING-7",
        });

        Assert.Equal(before, StoreSnapshot.Of(Dataverse));
        Assert.Equal(true, outputs["AlreadyApplied"]);
    }

    [Fact]
    public void AnInvoiceConfirmationKeepsTheProposalIdAndPostingStateInTheSyncState()
    {
        var invoice = Guid.NewGuid();
        Dataverse.Initialize(new Entity("invoice", invoice) { ["name"] = "Proforma 7", ["invoicenumber"] = "INV-00007" });
        Guid state = _organization.AddSyncedState("invoice", invoice, Correlation, map: "invoices");
        string invoiceBefore = Describe(Dataverse.Find("invoice", invoice)!);

        Run(new Dictionary<string, object?>
        {
            ["RecordTable"] = "invoice",
            ["RecordId"] = invoice.ToString(),
            ["FinanceStatus"] = "Posted",
            ["CorrelationId"] = Correlation,
            ["InvoiceProposalId"] = "INV-00007",
            ["PostingDate"] = s_postingDate,
        });

        Entity row = Dataverse.Find(SyncStateTable.LogicalName, state)!;
        Assert.Equal(SyncStateTable.Status.Confirmed, row.GetAttributeValue<OptionSetValue>(Col.Status)!.Value);
        Assert.Equal("INV-00007", row.GetAttributeValue<string>(Col.FinanceDocument));
        Assert.Equal(s_postingDate, row.GetAttributeValue<DateTime>(Col.FinancePostingDate));
        Assert.Equal(invoiceBefore, Describe(Dataverse.Find("invoice", invoice)!));
        Assert.Equal(SyncStateTable.Status.Synced, Dataverse.Find(SyncStateTable.LogicalName, _state)!.GetAttributeValue<OptionSetValue>(Col.Status)!.Value);
    }

    [Fact]
    public void OnlyTheSyncStateWhoseCorrelationIdMatchesIsConfirmed()
    {
        Guid other = _organization.AddSyncedState("msdyn_actual", _actual, "99999999-0000-0000-0000-000000000000", legalEntity: "DEMF");

        Run(Posting());

        Assert.Equal(SyncStateTable.Status.Confirmed, Dataverse.Find(SyncStateTable.LogicalName, _state)!.GetAttributeValue<OptionSetValue>(Col.Status)!.Value);
        Assert.Equal(SyncStateTable.Status.Synced, Dataverse.Find(SyncStateTable.LogicalName, other)!.GetAttributeValue<OptionSetValue>(Col.Status)!.Value);
    }

    [Fact]
    public void BadInputsAreAllNamedInOneError()
    {
        string before = StoreSnapshot.Of(Dataverse);
        var inputs = new Dictionary<string, object?>
        {
            ["RecordTable"] = "msdyn_actual",
            ["RecordId"] = "not-a-guid",
            ["FinanceStatus"] = "Booked",
            ["CorrelationId"] = " ",
            ["ExchangeRate"] = -1m,
        };

        var error = Assert.Throws<InvalidPluginExecutionException>(() => Run(inputs));

        Assert.Contains("Record id 'not-a-guid' is not a record id", error.Message);
        Assert.Contains("Finance status 'Booked' is not one of Accepted, Posted, Rejected", error.Message);
        Assert.Contains("Correlation id is missing", error.Message);
        Assert.Contains("Exchange rate is -1, outside msdyn_actual.msdyn_exchangerate's range", error.Message);
        Assert.Equal(before, StoreSnapshot.Of(Dataverse));
    }

    [Fact]
    public void ARejectionWithoutFinancesReasonIsRefused()
    {
        var error = Assert.Throws<InvalidPluginExecutionException>(() => Run(new Dictionary<string, object?>
        {
            ["RecordTable"] = "msdyn_actual",
            ["RecordId"] = _actual.ToString(),
            ["FinanceStatus"] = "Rejected",
            ["CorrelationId"] = Correlation,
        }));

        Assert.Contains("a rejection must carry Finance's reason", error.Message);
    }

    private Dictionary<string, object?> Posting() => FinanceConfirmations.Posting(_actual);

    private IDictionary<string, object?> Run(Dictionary<string, object?> inputs)
    {
        WorkflowContext context = Dataverse.GetDefaultWorkflowContext();
        context.MessageName = "dw_ApplyFinanceConfirmation";
        return Dataverse.ExecuteCodeActivity<ApplyFinanceConfirmationActivity>(context, inputs);
    }

    private static string Describe(Entity row) =>
        string.Join(";", row.Attributes.Where(a => a.Key is not ("modifiedon" or "versionnumber" or "modifiedby")).OrderBy(a => a.Key, StringComparer.Ordinal).Select(a => a.Key + "=" + a.Value));
}
