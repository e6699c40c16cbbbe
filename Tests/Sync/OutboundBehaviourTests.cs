using System;
using System.Linq;
using System.ServiceModel;
using DualWrite.Tests.Support;
using DualWrite.Common.Tables;
using DualWrite.FinanceEmulator.Faults;
using DualWrite.Testing.ProjectOperations;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;
using Xunit;

namespace DualWrite.Tests.Sync;

/// <summary>Live refusals, queued retries and replays, order, volume and loop prevention, through the pipeline against the emulator.</summary>
public sealed class OutboundBehaviourTests
{
    [Fact]
    public void ALiveRefusalRollsTheSaveBackAndNamesRecordEntitySetAndFinancesText()
    {
        using var world = new OutboundWorld();
        world.Session.Host.Faults.Add("CDSProjectContracts", Fault.ExpiredToken(), FaultTrigger.Always());

        var fault = Assert.Throws<FaultException<OrganizationServiceFault>>(() => new ProjectOperationsRecords(world).Contract());
        world.Session.Observe(fault);

        Assert.Contains("salesorder", fault.Detail.Message, StringComparison.Ordinal);
        Assert.Contains("entity set CDSProjectContracts", fault.Detail.Message, StringComparison.Ordinal);
        Assert.Contains("HTTP 401", fault.Detail.Message, StringComparison.Ordinal);
        Assert.Empty(world.Dataverse.Records("salesorder"));
        Assert.Empty(world.Dataverse.Records(SyncStateTable.LogicalName));
    }

    [Fact]
    public void ALiveChildOfAParentFinanceLacksFailsNamingTheParent()
    {
        using var world = new OutboundWorld(syncModes: """{"salesorders":"off"}""");
        EntityReference contract = new ProjectOperationsRecords(world).Contract();

        var fault = Assert.Throws<FaultException<OrganizationServiceFault>>(() => new ProjectOperationsRecords(world).Project(contract));

        Assert.Contains($"salesorder {contract.Id:D} (map 'salesorders') has not reached Finance", fault.Detail.Message, StringComparison.Ordinal);
        Assert.Empty(world.Rows("ProjCDSProjects"));
        Assert.Empty(world.Dataverse.Records("msdyn_project"));
    }

    [Fact]
    public void QueuedChangesLandExactlyOnceThroughThrottlingAndOutages()
    {
        using var world = new OutboundWorld(syncModes: """{"*":"queued"}""");
        world.Session.Host.Faults.Add("ProjCDSProjects", Fault.ServerError(503), FaultTrigger.Requests(1, 2));
        world.Session.Host.Faults.Add("ProjCDSProjects", Fault.Throttle(0), FaultTrigger.Requests(3));
        var records = new ProjectOperationsRecords(world);

        EntityReference project = records.Project(records.Contract());

        Assert.Single(world.Rows("CDSProjectContracts"));
        Assert.Equal("PRJ-001", (string)Assert.Single(world.Rows("ProjCDSProjects"))["ProjectID"]!);
        Assert.All(world.Dataverse.Records(OutboxTable.LogicalName), r => Assert.Equal(OutboxTable.Status.Delivered, r.GetAttributeValue<OptionSetValue>(OutboxTable.Columns.Status)!.Value));
        Entity state = Assert.Single(world.Dataverse.Records(SyncStateTable.LogicalName), s => s.GetAttributeValue<string>(SyncStateTable.Columns.SourceId) == project.Id.ToString("D"));
        Assert.Equal(SyncStateTable.Status.Synced, state.GetAttributeValue<OptionSetValue>(SyncStateTable.Columns.Status)!.Value);
        Assert.Equal("{\"dataAreaId\":\"usmf\",\"ProjectID\":\"PRJ-001\"}", state.GetAttributeValue<string>(SyncStateTable.Columns.FinanceKey));
    }

    [Fact]
    public void AQueuedChildWaitsForItsParentAndGoesWhenTheParentHasSynced()
    {
        using var world = new OutboundWorld(syncModes: """{"*":"queued"}""");
        world.Dataverse.RunAsyncJobsAutomatically = false;
        var records = new ProjectOperationsRecords(world);
        EntityReference contract = records.Contract();
        records.Project(contract);
        world.Dataverse.RunPendingAsyncJobs();

        Assert.Single(world.Rows("CDSProjectContracts"));
        Assert.Single(world.Rows("ProjCDSProjects"));
    }

    [Fact]
    public void WithFinanceDownPastTheLastRetryChangesStayFailedAndAReplayLandsThem()
    {
        using var world = new OutboundWorld(syncModes: """{"*":"queued"}""", timeBudgetSeconds: "0.3");
        world.Session.Host.Faults.Add("CDSProjectContracts", Fault.ServerError(503), FaultTrigger.First(100));

        EntityReference contract = new ProjectOperationsRecords(world).Contract();

        Entity failed = Assert.Single(world.Dataverse.Records(OutboxTable.LogicalName));
        Assert.Equal(OutboxTable.Status.Failed, failed.GetAttributeValue<OptionSetValue>(OutboxTable.Columns.Status)!.Value);
        Assert.Equal(4, failed.GetAttributeValue<int>(OutboxTable.Columns.Attempts));
        Assert.Contains("503", failed.GetAttributeValue<string>(OutboxTable.Columns.LastError), StringComparison.Ordinal);
        Assert.Empty(world.Rows("CDSProjectContracts"));
        Assert.Equal(SyncStateTable.Status.Failed, Assert.Single(world.Dataverse.Records(SyncStateTable.LogicalName)).GetAttributeValue<OptionSetValue>(SyncStateTable.Columns.Status)!.Value);

        world.Session.Host.Faults.Clear();
        var replay = new UpdateRequest
        {
            Target = new Entity(OutboxTable.LogicalName, failed.Id)
            {
                [OutboxTable.Columns.Status] = new OptionSetValue(OutboxTable.Status.Pending),
                [OutboxTable.Columns.Attempts] = 0,
                [OutboxTable.Columns.LastError] = null,
            },
        };
        replay.Parameters[InboundTag.Parameter] = InboundTag.Value;
        world.Service.Execute(replay);
        world.Service.Execute(replay);

        Assert.Equal(contract.Id, Assert.Single(world.Dataverse.Records(OutboxTable.LogicalName)).GetAttributeValue<string>(OutboxTable.Columns.SourceId) is string id ? Guid.Parse(id) : Guid.Empty);
        Assert.Equal("PC-001", (string)Assert.Single(world.Rows("CDSProjectContracts"))["ProjectContractID"]!);
        Assert.Equal(SyncStateTable.Status.Synced, Assert.Single(world.Dataverse.Records(SyncStateTable.LogicalName)).GetAttributeValue<OptionSetValue>(SyncStateTable.Columns.Status)!.Value);
    }

    [Fact]
    public void AnInitialSyncRowIsDeliveredThroughEveryMapOfItsTable()
    {
        using var world = new OutboundWorld();
        // Stored with no step run: a contract Finance has never been sent.
        EntityReference contract = world.Seed("salesorder", ("ordernumber", "PC-001"), ("name", "Fit-out"), ("customerid", world.Customer), ("transactioncurrencyid", world.Currency), ("msdyn_company", world.Company));
        Assert.Empty(world.Rows("CDSProjectContracts"));

        world.Create(OutboxTable.LogicalName, (OutboxTable.Columns.Name, "initial sync"), (OutboxTable.Columns.ChangeId, "initial|" + contract.Id), (OutboxTable.Columns.Map, OutboxTable.EveryMapOfTheTable),
            (OutboxTable.Columns.SourceTable, "salesorder"), (OutboxTable.Columns.SourceId, contract.Id.ToString("D")),
            (OutboxTable.Columns.Operation, new OptionSetValue(OutboxTable.Operation.Upsert)), (OutboxTable.Columns.Status, new OptionSetValue(OutboxTable.Status.Pending)));

        Assert.Single(world.Rows("CDSProjectContracts"));
    }

    [Fact]
    public void AConfirmedProformaOfAThousandLinesSendsItsHeaderAndItsThousandBilledSalesActualsEachOnce()
    {
        using var world = new OutboundWorld();
        var records = new ProjectOperationsRecords(world);
        EntityReference contract = records.Contract();
        EntityReference project = records.Project(contract);
        EntityReference task = records.Task(project);
        EntityReference line = records.Line(contract, project);
        EntityReference invoice = records.Invoice(contract, "INV-1000");
        world.Dataverse.Initialize(Enumerable.Range(1, 1000).Select(n => new Entity("invoicedetail", Guid.NewGuid())
        {
            ["productdescription"] = $"Line {n}", ["invoiceid"] = invoice, ["msdyn_contractlineid"] = line, ["quantity"] = 1m, ["priceperunit"] = new Money(n), ["extendedamount"] = new Money(n),
        }));
        world.Session.Host.Log.Clear();

        // Confirming sends the proposal's header only: Finance builds its lines from the billed-sales actuals.
        world.Update(invoice, ("msdyn_projectinvoicestatus", RecordedChoice.Option("invoice", "msdyn_projectinvoicestatus", "Confirmed")));

        Assert.NotEmpty(world.DataRequests);
        Assert.All(world.DataRequests, r => Assert.StartsWith("/data/ProjInvoiceProposalsV2", r.Url, StringComparison.Ordinal));
        Assert.Equal("INV-1000", (string)Assert.Single(world.Rows("ProjInvoiceProposalsV2"))["InvoiceProposalId"]!);

        // The confirmation's billed-sales actuals, one per line, are the volume: each reaches Finance once.
        world.Session.Host.Log.Clear();
        EntityReference[] actuals = Enumerable.Range(1, 1000).Select(_ => records.Actual(project, task, contract, line, type: "Billed Sales")).ToArray();

        Assert.Equal(1000, world.DataRequests.Count);
        Assert.All(world.DataRequests, r => Assert.Equal("POST /data/ProjActualsImports 201", $"{r.Method} {r.Url} {r.StatusCode}"));
        Assert.Equal(actuals.Select(a => a.Id.ToString("D")).Order(), world.Rows("ProjActualsImports").Select(r => (string)r["ActualId"]!).Order());
        Assert.All(world.Rows("ProjActualsImports"), r => Assert.Equal("BilledSales", (string)r["TransactionType"]!));
        Assert.Equal(1000, world.Dataverse.Records(SyncStateTable.LogicalName).Count(s => s.GetAttributeValue<string>(SyncStateTable.Columns.Map) == "msdyn_actuals"
            && s.GetAttributeValue<OptionSetValue>(SyncStateTable.Columns.Status)!.Value == SyncStateTable.Status.Synced));
    }

    [Fact]
    public void AWriteBackByTheInboundPathSendsNothing()
    {
        using var world = new OutboundWorld();
        var records = new ProjectOperationsRecords(world);
        EntityReference contract = records.Contract();
        EntityReference project = records.Project(contract);
        world.Session.Host.Log.Clear();

        var confirmation = new UpdateRequest { Target = new Entity("msdyn_project", project.Id) { ["msdyn_subject"] = "Renamed by Finance" } };
        confirmation.Parameters[InboundTag.Parameter] = InboundTag.Value;
        world.Service.Execute(confirmation);

        Assert.Empty(world.DataRequests);
        Assert.Equal("Fit-out works", (string)Assert.Single(world.Rows("ProjCDSProjects"))["ProjectName"]!);
    }

    [Fact]
    public void AnUnchangedPayloadIsNotSentAgainAndADeleteRemovesTheFinanceRow()
    {
        using var world = new OutboundWorld();
        EntityReference contract = new ProjectOperationsRecords(world).Contract();
        world.Session.Host.Log.Clear();

        world.Update(contract, ("name", "Fit-out"));
        Assert.Empty(world.DataRequests);

        world.Service.Delete("salesorder", contract.Id);
        Assert.Equal("DELETE", Assert.Single(world.DataRequests).Method);
        Assert.Empty(world.Rows("CDSProjectContracts"));
        Assert.Empty(world.Dataverse.Records(SyncStateTable.LogicalName));
    }
}
