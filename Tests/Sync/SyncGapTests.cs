using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using DualWrite.Common.Tables;
using DualWrite.Plugins.EntryPoints;
using DualWrite.Testing;
using DualWrite.Testing.ProjectOperations;
using DualWrite.WorkflowActivities;
using Microsoft.Xrm.Sdk;
using Xunit;

namespace DualWrite.Tests.Sync;

/// <summary>
/// The sync's former gaps: a queued change of a record Finance has is one PATCH (its create is one POST:
/// <see cref="NewRecordSendTests"/>), every change waiting for a parent is released however many pages they fill, and an
/// initial sync sends nothing through a map that is off.
/// </summary>
public sealed class SyncGapTests
{
    [Fact]
    public void AQueuedChangeOfARecordFinanceHasIsOnePatch()
    {
        using var world = new OutboundWorld(syncModes: """{"*":"queued"}""");
        var records = new ProjectOperationsRecords(world);
        EntityReference project = records.Project(records.Contract());
        world.Session.Host.Log.Clear();

        world.Update(project, ("msdyn_description", "Phase 2"));

        Assert.Equal(["PATCH 204"], world.DataRequests.Select(r => $"{r.Method} {r.StatusCode}"));
        Assert.Equal("Phase 2", (string)Assert.Single(world.Rows("ProjCDSProjects"))["Description"]!);
    }

    [Fact]
    public void ReleaseSetsPendingEveryWaitingRowOverSeveralPages()
    {
        InMemoryDataverse dataverse = ProjectOperationsSchema.NewOrganization();
        Guid parent = Guid.NewGuid();
        Entity[] waiting = Enumerable.Range(1, 7).Select(n => Waiting(n, "salesorders:" + parent.ToString("D"))).ToArray();
        Entity otherParent = Waiting(8, "salesorders:" + Guid.NewGuid().ToString("D"));
        dataverse.Initialize([.. waiting, otherParent]);

        int released = Release(dataverse.GetOrganizationService(), "salesorders", parent, pageSize: 3);

        Assert.Equal(7, released); // pages of 3, 3 and 1
        Assert.All(waiting, w =>
        {
            Entity row = dataverse.Find(OutboxTable.LogicalName, w.Id)!;
            Assert.Null(row.GetAttributeValue<string>(OutboxTable.Columns.WaitingFor));
            Assert.Equal(OutboxTable.Status.Pending, row.GetAttributeValue<OptionSetValue>(OutboxTable.Columns.Status)!.Value);
        });
        Assert.Equal(otherParent.GetAttributeValue<string>(OutboxTable.Columns.WaitingFor), dataverse.Find(OutboxTable.LogicalName, otherParent.Id)!.GetAttributeValue<string>(OutboxTable.Columns.WaitingFor));
    }

    [Fact]
    public void ReleaseWithAPageExactlyFullReadsOnceMoreAndStops()
    {
        InMemoryDataverse dataverse = ProjectOperationsSchema.NewOrganization();
        Guid parent = Guid.NewGuid();
        dataverse.Initialize(Enumerable.Range(1, 4).Select(n => Waiting(n, "salesorders:" + parent.ToString("D"))));

        Assert.Equal(4, Release(dataverse.GetOrganizationService(), "salesorders", parent, pageSize: 2));
        Assert.All(dataverse.Records(OutboxTable.LogicalName), r => Assert.Null(r.GetAttributeValue<string>(OutboxTable.Columns.WaitingFor)));
    }

    [Fact]
    public void AnInitialSyncSendsNothingThroughAMapThatIsOffAndSaysSo()
    {
        using var world = new OutboundWorld(syncModes: """{"msdyn_projects":"off"}""");
        EntityReference contract = new ProjectOperationsRecords(world).Contract();
        Entity[] projects = Enumerable.Range(1, 3).Select(n => new Entity("msdyn_project", Guid.NewGuid())
        {
            ["msdyn_projectnumber"] = $"P-{n:D4}", ["msdyn_subject"] = "Fit-out works", ["msdyn_description"] = "Phase 1",
            ["msdyn_owningcompany"] = world.Company, ["msdyn_customer"] = world.Customer, ["msdyn_salesorderid"] = contract,
            ["msdyn_scheduledstart"] = ProjectOperationsRecords.Start, ["msdyn_finish"] = ProjectOperationsRecords.Finish,
        }).ToArray();
        world.Dataverse.Initialize(projects);
        world.Session.Host.Log.Clear();

        int queued = (int)world.Dataverse.ExecuteCodeActivity<QueueInitialSyncActivity>(new Dictionary<string, object?> { ["Table"] = "msdyn_project", ["PageSize"] = 1000 })["Queued"]!;

        Assert.Equal(3, queued);
        Assert.Empty(world.DataRequests);
        Assert.Empty(world.Rows("ProjCDSProjects"));
        Assert.DoesNotContain(world.Dataverse.Records(SyncStateTable.LogicalName), s => s.GetAttributeValue<string>(SyncStateTable.Columns.Map) == "msdyn_projects");
        IReadOnlyList<Entity> outbox = world.Dataverse.Records(OutboxTable.LogicalName);
        Assert.Equal(3, outbox.Count); // the "*" rows alone: none queued per map
        Assert.All(outbox, o =>
        {
            Assert.Equal(OutboxTable.EveryMapOfTheTable, o.GetAttributeValue<string>(OutboxTable.Columns.Map));
            Assert.Equal(OutboxTable.Status.Delivered, o.GetAttributeValue<OptionSetValue>(OutboxTable.Columns.Status)!.Value);
            Assert.Contains("0 map(s) created in Finance, 0 unchanged, 0 queued to be delivered on their own. 1 map(s) off: not sent.", o.GetAttributeValue<string>(OutboxTable.Columns.LastError), StringComparison.Ordinal);
        });
    }

    private static Entity Waiting(int n, string waitKey)
    {
        Entity row = OutboxTable.PendingChange($"Upsert msdyn_project {n}", $"change {n}", "msdyn_projects", "msdyn_project", Guid.NewGuid(), OutboxTable.Operation.Upsert, Guid.NewGuid());
        row.Id = Guid.NewGuid();
        row[OutboxTable.Columns.WaitingFor] = waitKey;
        return row;
    }

    /// <summary>WaitingChanges.Release with a small page: an internal seam of the plug-in assembly, reached by reflection.</summary>
    private static int Release(IOrganizationService service, string map, Guid parent, int pageSize)
    {
        MethodInfo release = typeof(OutboundSyncPlugin).Assembly.GetType("DualWrite.Plugins.Sync.WaitingChanges", throwOnError: true)!
            .GetMethod("Release", BindingFlags.Public | BindingFlags.Static)!;
        return (int)release.Invoke(null, [service, map, parent, pageSize])!;
    }
}
