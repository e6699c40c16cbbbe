using System;
using System.Collections.Generic;
using System.Linq;
using DualWrite.Common.Tables;
using DualWrite.FinanceEmulator.Faults;
using DualWrite.Plugins.EntryPoints;
using DualWrite.Plugins.Registration;
using DualWrite.Tests.Sync;
using DualWrite.WorkflowActivities;
using Microsoft.Xrm.Sdk;
using Xunit;

namespace DualWrite.Tests.Integration;

/// <summary>The inbound activities and the outbound plug-ins in one organization, registered as the solution ships them.</summary>
public sealed class InboundAndOutboundTests
{
    [Fact]
    public void ConfirmingALiveSyncedActualWritesItBackAndSendsNothingToFinance()
    {
        using var world = new OutboundWorld();
        var records = new ProjectOperationsRecords(world);
        EntityReference contract = records.Contract();
        EntityReference project = records.Project(contract);
        EntityReference actual = records.Actual(project, records.Task(project), contract, records.Line(contract, project));
        Entity state = world.Dataverse.Records(SyncStateTable.LogicalName).Single(s => s.GetAttributeValue<string>(SyncStateTable.Columns.SourceId) == actual.Id.ToString("D"));
        Assert.Equal(SyncStateTable.Status.Synced, state.GetAttributeValue<OptionSetValue>(SyncStateTable.Columns.Status)!.Value);
        world.Session.Host.Log.Clear();

        IDictionary<string, object?> outputs = world.Dataverse.ExecuteCodeActivity<ApplyFinanceConfirmationActivity>(new Dictionary<string, object?>
        {
            ["RecordTable"] = "msdyn_actual",
            ["RecordId"] = actual.Id.ToString(),
            ["FinanceStatus"] = "Posted",
            ["CorrelationId"] = state.GetAttributeValue<string>(SyncStateTable.Columns.CorrelationId),
            ["VoucherNumber"] = "VOU-7",
            ["PostingDate"] = new DateTime(2026, 3, 31, 0, 0, 0, DateTimeKind.Utc),
            ["AccountingAmount"] = new Money(760m),
            ["ExchangeRate"] = 1m,
            ["SalesTaxAmount"] = new Money(60.8m),
        });

        Assert.Equal(true, outputs["Applied"]);
        Assert.Empty(world.DataRequests);
        Assert.Equal("VOU-7", world.Dataverse.Find("msdyn_actual", actual.Id)!.GetAttributeValue<string>("msdyn_externalreferenceid"));
        Assert.Equal(SyncStateTable.Status.Confirmed, world.Dataverse.Find(SyncStateTable.LogicalName, state.Id)!.GetAttributeValue<OptionSetValue>(SyncStateTable.Columns.Status)!.Value);
    }

    [Fact]
    public void AnImportedPostedExpenseStaysInDataverseAsFinanceMastersExpenses()
    {
        using var world = new OutboundWorld();
        var records = new ProjectOperationsRecords(world);
        records.Project(records.Contract());
        world.Session.Host.Log.Clear();
        int outboundTraces = world.Dataverse.Traces.Of(typeof(OutboundSyncPlugin)).Count;

        world.Dataverse.ExecuteCodeActivity<ImportFinanceDocumentActivity>(new Dictionary<string, object?>
        {
            ["Document"] = """
                { "legalEntity": "usmf",
                  "expenses": [ { "expenseId": "EXP-1", "name": "Hotel", "category": "TRV", "project": "PRJ-001", "date": "2026-03-30",
                                  "quantity": 1, "unit": "Hour", "price": 100, "amount": 100, "currency": "USD" } ] }
                """,
        });

        Assert.Single(world.Dataverse.Records("msdyn_expense"));
        // No map sends expenses (Finance masters them), so no outbound step is registered on the table at all.
        Assert.DoesNotContain(PluginStepCatalog.All, s => s.PrimaryEntity == "msdyn_expense");
        Assert.Equal(outboundTraces, world.Dataverse.Traces.Of(typeof(OutboundSyncPlugin)).Count);
        Assert.Empty(world.DataRequests);
    }

    [Fact]
    public void TheReplayActivityRequeuesWhatFailedAndTheOutboxDeliveryLandsItOnce()
    {
        using var world = new OutboundWorld(syncModes: """{"*":"queued"}""", timeBudgetSeconds: "0.3");
        world.Session.Host.Faults.Add("CDSProjectContracts", Fault.ServerError(503), FaultTrigger.Always());
        new ProjectOperationsRecords(world).Contract();
        Assert.Equal(OutboxTable.Status.Failed, Assert.Single(world.Dataverse.Records(OutboxTable.LogicalName)).GetAttributeValue<OptionSetValue>(OutboxTable.Columns.Status)!.Value);
        world.Session.Host.Faults.Clear();

        IDictionary<string, object?> outputs = world.Dataverse.ExecuteCodeActivity<ReplayFailedSyncsActivity>(new Dictionary<string, object?> { ["SourceTable"] = "salesorder" });

        Assert.Equal(1, outputs["Requeued"]);
        Assert.Equal("PC-001", (string)Assert.Single(world.Rows("CDSProjectContracts"))["ProjectContractID"]!);
        Assert.Equal(OutboxTable.Status.Delivered, Assert.Single(world.Dataverse.Records(OutboxTable.LogicalName)).GetAttributeValue<OptionSetValue>(OutboxTable.Columns.Status)!.Value);
        Assert.Equal(0, world.Dataverse.ExecuteCodeActivity<ReplayFailedSyncsActivity>(new Dictionary<string, object?>())["Requeued"]);
        Assert.Single(world.Rows("CDSProjectContracts"));
    }

    [Fact]
    public void TheInitialSyncActivityQueuesExistingRowsAndTheOutboxDeliveryPushesEachOnce()
    {
        using var world = new OutboundWorld();
        world.Dataverse.Initialize(Enumerable.Range(1, 5).Select(n => new Entity("salesorder", Guid.NewGuid())
        {
            ["ordernumber"] = $"PC-10{n}", ["name"] = $"Contract {n}", ["customerid"] = world.Customer, ["transactioncurrencyid"] = world.Currency, ["msdyn_company"] = world.Company,
        }));
        Assert.Empty(world.Rows("CDSProjectContracts"));

        IDictionary<string, object?> outputs = world.Dataverse.ExecuteCodeActivity<QueueInitialSyncActivity>(new Dictionary<string, object?> { ["Table"] = "salesorder", ["PageSize"] = 2 });

        Assert.Equal(5, outputs["Queued"]);
        Assert.Equal(["PC-101", "PC-102", "PC-103", "PC-104", "PC-105"], world.Rows("CDSProjectContracts").Select(r => (string)r["ProjectContractID"]!).Order());
        Assert.All(world.Dataverse.Records(OutboxTable.LogicalName), o => Assert.Equal(OutboxTable.Status.Delivered, o.GetAttributeValue<OptionSetValue>(OutboxTable.Columns.Status)!.Value));
    }
}
