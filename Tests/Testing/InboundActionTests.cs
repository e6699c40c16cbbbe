using System;
using System.Activities;
using System.ServiceModel;
using DualWrite.Common.Tables;
using DualWrite.SolutionPacker.Processes;
using DualWrite.Testing;
using DualWrite.Tests.WorkflowActivities.Support;
using DualWrite.WorkflowActivities;
using Microsoft.Xrm.Sdk;
using Xunit;

namespace DualWrite.Tests.Testing;

/// <summary>
/// The solution's four actions called by message name, as Finance's flow or an administrator calls them: a good request
/// gets the activity's outputs, a bad one the activity's error as a fault, with nothing written.
/// </summary>
public sealed class InboundActionTests
{
    private const string Correlation = "0f8fad5b-d9cb-469f-a165-70867728950e";
    private readonly InboundOrganization _organization = new();
    private readonly Guid _actual = Guid.NewGuid();

    public InboundActionTests()
    {
        foreach (ProcessAction action in InboundActions.All)
        {
            // The activity type the packer puts in the action's definition, resolved in the build the tests load.
            Type type = typeof(ApplyFinanceConfirmationActivity).Assembly.GetType(action.ActivityType, throwOnError: true)!;
            Dataverse.RegisterAction(action.UniqueName, (CodeActivity)Activator.CreateInstance(type)!);
        }

        Dataverse.Initialize(new Entity("msdyn_actual", _actual) { ["msdyn_description"] = "Design hours", ["msdyn_amount"] = new Money(1000m) });
        _organization.AddSyncedState("msdyn_actual", _actual, Correlation);
    }

    private InMemoryDataverse Dataverse => _organization.Dataverse;

    private IOrganizationService Service => Dataverse.GetOrganizationService();

    [Fact]
    public void ApplyFinanceConfirmationConfirmsTheSyncAndReturnsTheActivitysOutputs()
    {
        OrganizationResponse response = Service.Execute(Posting(Correlation));

        Assert.Equal(true, response.Results["Applied"]);
        Assert.Equal(false, response.Results["AlreadyApplied"]);
        Assert.Equal("Confirmed", response.Results["SyncStatus"]);
        Assert.Equal("VOU-1", Dataverse.Find("msdyn_actual", _actual)!.GetAttributeValue<string>("msdyn_externalreferenceid"));
    }

    [Fact]
    public void ApplyFinanceConfirmationForAnotherSyncIsAFaultAndWritesNothing()
    {
        string before = StoreSnapshot.Of(Dataverse);

        var fault = Assert.Throws<FaultException<OrganizationServiceFault>>(() => Service.Execute(Posting(Guid.NewGuid().ToString("D"))));

        Assert.Contains(Correlation, fault.Detail.Message);
        Assert.Equal(before, StoreSnapshot.Of(Dataverse));
    }

    [Fact]
    public void ImportFinanceDocumentUpsertsTheDocumentAndSaysHowMany()
    {
        OrganizationResponse response = Service.Execute(new OrganizationRequest(InboundActions.ImportFinanceDocument) { ["Document"] = FinanceDocuments.Complete });

        Assert.True((int)response.Results["Created"]! > 0);
        Assert.Equal(0, response.Results["Updated"]);
        Assert.NotEmpty(Dataverse.Records("msdyn_expense"));
    }

    [Fact]
    public void ImportFinanceDocumentRefusesADocumentWithNothingInItAndWritesNothing()
    {
        string before = StoreSnapshot.Of(Dataverse);

        var fault = Assert.Throws<FaultException<OrganizationServiceFault>>(() =>
            Service.Execute(new OrganizationRequest(InboundActions.ImportFinanceDocument) { ["Document"] = """{ "legalEntity": "USPM" }""" }));

        Assert.False(string.IsNullOrWhiteSpace(fault.Detail.Message));
        Assert.Equal(before, StoreSnapshot.Of(Dataverse));
    }

    [Fact]
    public void ReplayFailedSyncsRequeuesTheRecordsFailedEntries()
    {
        Guid failed = _organization.AddOutboxRow("msdyn_actual", _actual, OutboxTable.Status.Failed);

        OrganizationResponse response = Service.Execute(new OrganizationRequest(InboundActions.ReplayFailedSyncs) { ["SourceTable"] = "msdyn_actual", ["SourceId"] = _actual.ToString("D") });

        Assert.Equal(1, response.Results["Requeued"]);
        Assert.Equal(OutboxTable.Status.Pending, Dataverse.Find(OutboxTable.LogicalName, failed)!.GetAttributeValue<OptionSetValue>(OutboxTable.Columns.Status)!.Value);
    }

    [Fact]
    public void ReplayFailedSyncsRefusesARecordIdThatIsNotOneAndWritesNothing()
    {
        _organization.AddOutboxRow("msdyn_actual", _actual, OutboxTable.Status.Failed);
        string before = StoreSnapshot.Of(Dataverse);

        var fault = Assert.Throws<FaultException<OrganizationServiceFault>>(() =>
            Service.Execute(new OrganizationRequest(InboundActions.ReplayFailedSyncs) { ["SourceId"] = "PRJ-0001" }));

        Assert.Contains("PRJ-0001", fault.Detail.Message);
        Assert.Equal(before, StoreSnapshot.Of(Dataverse));
    }

    [Fact]
    public void QueueInitialSyncQueuesTheTablesRecords()
    {
        OrganizationResponse response = Service.Execute(new OrganizationRequest(InboundActions.QueueInitialSync) { ["Table"] = "msdyn_project", ["PageSize"] = 10 });

        Assert.Equal(1, response.Results["Queued"]);
        Entity queued = Assert.Single(Dataverse.Records(OutboxTable.LogicalName));
        Assert.Equal(InboundOrganization.Project.ToString("D"), queued.GetAttributeValue<string>(OutboxTable.Columns.SourceId));
    }

    [Fact]
    public void QueueInitialSyncRefusesAPageSizeOutOfRangeAndWritesNothing()
    {
        string before = StoreSnapshot.Of(Dataverse);

        var fault = Assert.Throws<FaultException<OrganizationServiceFault>>(() =>
            Service.Execute(new OrganizationRequest(InboundActions.QueueInitialSync) { ["Table"] = "msdyn_project", ["PageSize"] = 0 }));

        Assert.Contains("Page size 0", fault.Detail.Message);
        Assert.Equal(before, StoreSnapshot.Of(Dataverse));
    }

    private OrganizationRequest Posting(string correlationId) => new(InboundActions.ApplyFinanceConfirmation)
    {
        ["RecordTable"] = "msdyn_actual",
        ["RecordId"] = _actual.ToString("D"),
        ["FinanceStatus"] = "Posted",
        ["CorrelationId"] = correlationId,
        ["VoucherNumber"] = "VOU-1",
        ["PostingDate"] = new DateTime(2026, 3, 31, 0, 0, 0, DateTimeKind.Utc),
        ["AccountingAmount"] = new Money(1100m),
        ["ExchangeRate"] = 1.1m,
    };
}
