using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Nodes;
using DualWrite.Common.Tables;
using DualWrite.Plugins.Finance;
using DualWrite.WorkflowActivities;
using Microsoft.Xrm.Sdk;
using Xunit;

namespace DualWrite.Tests.Sync;

/// <summary>
/// Initial sync of existing projects: queued by <see cref="QueueInitialSyncActivity"/>, delivered by the outbox step
/// in runs of up to 200 rows, new records as create change sets, at most 100 (OData's default quota of parts) per
/// $batch request.
/// </summary>
public sealed class InitialSyncBatchTests
{
    [Fact]
    public void TwoHundredAndFiftyProjectsLandWithTheMapsRowsInTwoBatchRequests()
    {
        using var world = new OutboundWorld();
        EntityReference contract = new ProjectOperationsRecords(world).Contract();
        IReadOnlyList<EntityReference> projects = SeedProjects(world, contract, 250);
        world.Session.Host.Log.Clear();

        Assert.Equal(250, QueueInitialSync(world));

        Assert.Equal(2, world.DataRequests.Count); // a run of 200 rows in one $batch, then one of 50
        Assert.All(world.DataRequests, r => Assert.EndsWith("$batch", r.Url, StringComparison.Ordinal));
        Dictionary<string, JsonObject> rows = world.Rows("ProjCDSProjects").ToDictionary(r => (string)r["ProjectID"]!);
        Assert.Equal(250, rows.Count);
        for (int n = 1; n <= 250; n++)
        {
            world.AssertRow("ProjCDSProjects", rows[Number(n)], ExpectedRow(Number(n), "Phase 1"));
        }

        AssertEverySyncStateSynced(world, projects);
        Assert.All(world.Dataverse.Records(OutboxTable.LogicalName), o =>
        {
            Assert.Equal(OutboxTable.EveryMapOfTheTable, o.GetAttributeValue<string>(OutboxTable.Columns.Map));
            Assert.Equal(OutboxTable.Status.Delivered, o.GetAttributeValue<OptionSetValue>(OutboxTable.Columns.Status)!.Value);
            Assert.Contains("1 map(s) created in Finance", o.GetAttributeValue<string>(OutboxTable.Columns.LastError), StringComparison.Ordinal);
        });
    }

    [Fact]
    public void AProjectFinanceAlreadyHoldsFallsBackAndEndsUpdatedNotDuplicated()
    {
        using var world = new OutboundWorld();
        EntityReference contract = new ProjectOperationsRecords(world).Contract();
        IReadOnlyList<EntityReference> projects = SeedProjects(world, contract, 3);
        world.Session.Host.Store.Seed("ProjCDSProjects", new JsonObject { ["dataAreaId"] = "usmf", ["ProjectID"] = Number(2), ["ProjectName"] = "Typed in Finance", ["ProjectStage"] = "InProcess" });

        QueueInitialSync(world);

        Dictionary<string, JsonObject> rows = world.Rows("ProjCDSProjects").ToDictionary(r => (string)r["ProjectID"]!);
        Assert.Equal([Number(1), Number(2), Number(3)], rows.Keys.Order());
        world.AssertRow("ProjCDSProjects", rows[Number(2)], ExpectedRow(Number(2), "Phase 1"));
        AssertEverySyncStateSynced(world, projects);
        Entity perMap = Assert.Single(world.Dataverse.Records(OutboxTable.LogicalName), o => o.GetAttributeValue<string>(OutboxTable.Columns.Map) != OutboxTable.EveryMapOfTheTable);
        Assert.Equal(projects[1].Id.ToString("D"), perMap.GetAttributeValue<string>(OutboxTable.Columns.SourceId));
        Assert.Equal(OutboxTable.Status.Delivered, perMap.GetAttributeValue<OptionSetValue>(OutboxTable.Columns.Status)!.Value);
    }

    [Fact]
    public void AProjectFinanceRefusesEndsFailedWithFinancesReasonWhileTheOthersLand()
    {
        // Finance requires a description on projects here, so the project without one is refused.
        using var world = new OutboundWorld(financeEntities: ProjectsRequireADescription());
        EntityReference contract = new ProjectOperationsRecords(world).Contract();
        IReadOnlyList<EntityReference> projects = SeedProjects(world, contract, 3, withoutDescription: 2);

        QueueInitialSync(world);

        Assert.Equal([Number(1), Number(3)], world.Rows("ProjCDSProjects").Select(r => (string)r["ProjectID"]!).Order());
        Entity perMap = Assert.Single(world.Dataverse.Records(OutboxTable.LogicalName), o => o.GetAttributeValue<string>(OutboxTable.Columns.Map) != OutboxTable.EveryMapOfTheTable);
        Assert.Equal(OutboxTable.Status.Failed, perMap.GetAttributeValue<OptionSetValue>(OutboxTable.Columns.Status)!.Value);
        Assert.Contains("A null value was found for the property named 'Description'", perMap.GetAttributeValue<string>(OutboxTable.Columns.LastError), StringComparison.Ordinal);
        Assert.Equal(SyncStateTable.Status.Failed, StateOf(world, projects[1]).GetAttributeValue<OptionSetValue>(SyncStateTable.Columns.Status)!.Value);
        AssertEverySyncStateSynced(world, [projects[0], projects[2]]);
    }

    [Fact]
    public void AProjectWhoseContractHasNotReachedFinanceWaitsAndGoesWhenTheContractSyncs()
    {
        using var world = new OutboundWorld();
        EntityReference synced = new ProjectOperationsRecords(world).Contract();
        EntityReference unsynced = world.Seed("salesorder", ("ordernumber", "PC-002"), ("name", "Later"), ("customerid", world.Customer), ("transactioncurrencyid", world.Currency), ("msdyn_company", world.Company));
        IReadOnlyList<EntityReference> projects = [.. SeedProjects(world, synced, 2), .. SeedProjects(world, unsynced, 1, firstNumber: 3)];

        QueueInitialSync(world);

        Assert.Equal([Number(1), Number(2)], world.Rows("ProjCDSProjects").Select(r => (string)r["ProjectID"]!).Order());
        Entity waiting = Assert.Single(world.Dataverse.Records(OutboxTable.LogicalName), o => o.GetAttributeValue<string>(OutboxTable.Columns.Map) != OutboxTable.EveryMapOfTheTable);
        Assert.Equal("salesorders:" + unsynced.Id.ToString("D"), waiting.GetAttributeValue<string>(OutboxTable.Columns.WaitingFor));

        world.Update(unsynced, ("name", "Now"));

        Assert.Equal([Number(1), Number(2), Number(3)], world.Rows("ProjCDSProjects").Select(r => (string)r["ProjectID"]!).Order());
        Assert.Equal("PC-002", (string)world.Rows("ProjCDSProjects").Single(r => (string)r["ProjectID"]! == Number(3))["ProjectContractID"]!);
        AssertEverySyncStateSynced(world, projects);
        Assert.Equal(OutboxTable.Status.Delivered, world.Dataverse.Records(OutboxTable.LogicalName).Single(o => o.Id == waiting.Id).GetAttributeValue<OptionSetValue>(OutboxTable.Columns.Status)!.Value);
    }

    private static string Number(int n) => $"P-{n:D4}";

    private static int QueueInitialSync(OutboundWorld world) =>
        (int)world.Dataverse.ExecuteCodeActivity<QueueInitialSyncActivity>(new Dictionary<string, object?> { ["Table"] = "msdyn_project", ["PageSize"] = 1000 })["Queued"]!;

    /// <summary>Existing projects, stored with no step run, numbered from <paramref name="firstNumber"/>.</summary>
    private static IReadOnlyList<EntityReference> SeedProjects(OutboundWorld world, EntityReference contract, int count, int firstNumber = 1, int? withoutDescription = null)
    {
        Entity[] projects = Enumerable.Range(firstNumber, count).Select(n => new Entity("msdyn_project", Guid.NewGuid())
        {
            ["msdyn_projectnumber"] = Number(n), ["msdyn_subject"] = "Fit-out works", ["msdyn_description"] = n == withoutDescription ? null : "Phase 1",
            ["msdyn_owningcompany"] = world.Company, ["msdyn_customer"] = world.Customer, ["msdyn_salesorderid"] = contract,
            ["msdyn_scheduledstart"] = ProjectOperationsRecords.Start, ["msdyn_finish"] = ProjectOperationsRecords.Finish,
        }).ToArray();
        world.Dataverse.Initialize(projects);
        return projects.Select(p => p.ToEntityReference()).ToArray();
    }

    private static Dictionary<string, object> ExpectedRow(string number, string description) => new()
    {
        ["dataAreaId"] = "usmf", ["ProjectID"] = number, ["ProjectName"] = "Fit-out works", ["Description"] = description, ["CustomerAccount"] = "US-001",
        ["ProjectContractID"] = "PC-001", ["StartDate"] = "2025-01-06T00:00:00Z", ["EndDate"] = "2025-03-31T00:00:00Z", ["ProjectStage"] = "InProcess",
    };

    private static Entity StateOf(OutboundWorld world, EntityReference project) =>
        Assert.Single(world.Dataverse.Records(SyncStateTable.LogicalName), s => s.GetAttributeValue<string>(SyncStateTable.Columns.SourceId) == project.Id.ToString("D"));

    private static void AssertEverySyncStateSynced(OutboundWorld world, IReadOnlyList<EntityReference> projects)
    {
        foreach (EntityReference project in projects)
        {
            Entity state = StateOf(world, project);
            Assert.Equal(SyncStateTable.Status.Synced, state.GetAttributeValue<OptionSetValue>(SyncStateTable.Columns.Status)!.Value);
            Assert.False(string.IsNullOrEmpty(state.GetAttributeValue<string>(SyncStateTable.Columns.PayloadHash)));
        }
    }

    private static IReadOnlyList<FinanceEntityDefinition> ProjectsRequireADescription() =>
        FinanceEntityCatalog.All.Select(d => d.EntitySetName != "ProjCDSProjects" ? d : new FinanceEntityDefinition(
            d.EntitySetName,
            d.EntityTypeName,
            d.KeyPropertyNames,
            d.Properties.Select(p => p.Name != "Description" ? p : new FinancePropertyDefinition(p.Name, p.Type, isNullable: false)).ToArray())).ToArray();
}
