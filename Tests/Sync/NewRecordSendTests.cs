using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Nodes;
using DualWrite.Plugins.Finance;
using Microsoft.Xrm.Sdk;
using Xunit;

namespace DualWrite.Tests.Sync;

/// <summary>
/// A record created just now goes to Finance with one POST, live or queued (its sync state says Finance never had it); a
/// row Finance has already (a save rolled back after Finance accepted it, a row made meanwhile) is updated instead.
/// </summary>
public sealed class NewRecordSendTests
{
    public const string Live = """{"*":"live"}""";
    public const string Queued = """{"*":"queued"}""";

    [Theory]
    [InlineData(Live)]
    [InlineData(Queued)]
    public void ACreatedRecordIsSentWithOnePost(string syncModes)
    {
        using var world = new OutboundWorld(syncModes);
        var records = new ProjectOperationsRecords(world);
        EntityReference contract = records.Contract();
        world.Session.Host.Log.Clear();

        records.Project(contract);

        Assert.Equal(["POST /data/ProjCDSProjects 201"], world.DataRequests.Select(r => $"{r.Method} {r.Url} {r.StatusCode}"));
        Assert.Equal("Fit-out works", (string)Assert.Single(world.Rows("ProjCDSProjects"))["ProjectName"]!);
    }

    [Theory]
    [InlineData(Live)]
    [InlineData(Queued)]
    public void ACreatedRecordWhoseRowFinanceHasAlreadyUpdatesThatRow(string syncModes)
    {
        using var world = new OutboundWorld(syncModes);
        var records = new ProjectOperationsRecords(world);
        EntityReference contract = records.Contract();
        world.Session.NewClient().Create("ProjCDSProjects", new Dictionary<string, object?> { ["dataAreaId"] = "usmf", ["ProjectID"] = "PRJ-001", ["ProjectName"] = "Sent before a rollback" });
        world.Session.Host.Log.Clear();

        records.Project(contract);

        Assert.Equal(["POST", "PATCH"], world.DataRequests.Select(r => r.Method));
        Assert.False(world.DataRequests[0].StatusCode is >= 200 and < 300);
        JsonObject row = Assert.Single(world.Rows("ProjCDSProjects"));
        Assert.Equal("Fit-out works", (string)row["ProjectName"]!);
    }

    [Fact]
    public void CreateOrUpdateCreatesAMissingRowThenUpdatesTheRowItFinds()
    {
        using var world = new OutboundWorld();
        FinanceClient client = world.Session.NewClient();
        var key = new FinanceKey([new("dataAreaId", "usmf"), new("ProjectContractID", "PC-9")]);

        Assert.Equal(FinanceWriteOutcome.Created, client.CreateOrUpdate("CDSProjectContracts", key, new Dictionary<string, object?> { ["Name"] = "First" }));
        Assert.Equal(FinanceWriteOutcome.Updated, client.CreateOrUpdate("CDSProjectContracts", key, new Dictionary<string, object?> { ["Name"] = "Second" }));

        Assert.Equal("Second", (string)Assert.Single(world.Rows("CDSProjectContracts"))["Name"]!);
        Assert.Equal(["POST 201", "POST", "PATCH 204"], world.DataRequests.Select((r, i) => i == 1 ? r.Method : $"{r.Method} {r.StatusCode}"));
    }
}
