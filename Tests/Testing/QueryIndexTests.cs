using System;
using System.Linq;
using DualWrite.Plugins.Registration;
using DualWrite.Testing;
using DualWrite.Testing.Faults;
using DualWrite.Testing.Schema;
using DualWrite.Tests.Testing.Plugins;
using DualWrite.Tests.Testing.Support;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;
using Microsoft.Xrm.Sdk.Query;
using Xunit;
using static DualWrite.Tests.Testing.Support.Steps;

namespace DualWrite.Tests.Testing;

/// <summary>
/// The indexed query plan answers exactly as a scan of every row does, and the indexes stay right through writes,
/// rolled-back transactions and cascaded deletes.
/// </summary>
public sealed class QueryIndexTests
{
    private const string Project = TestTables.Project;
    private const string Task = "dw_task";
    private const string TimeEntry = "dw_timeentry";

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    public void RandomQueriesAnswerAsTheScanDoesWhileRowsChange(int seed)
    {
        var world = new RandomQueryWorld(seed);
        int answered = 0;
        for (int round = 0; round < 30; round++)
        {
            for (int i = 0; i < 25; i++)
            {
                QueryComparison.AssertSameAsScan(world.Dataverse, world.Query());
                answered++;
            }

            for (int i = 0; i < 8; i++)
            {
                world.Write();
            }
        }

        Assert.Equal(750, answered);
    }

    [Fact]
    public void RolledBackCreateUpdateAndDeleteLeaveTheIndexesAsTheyWere()
    {
        InMemoryDataverse dataverse = TestTables.NewOrganization();
        IOrganizationService service = dataverse.GetOrganizationService();
        Guid first = service.Create(new Entity(Project) { ["dw_code"] = "A", ["dw_counter"] = 1 });
        Guid second = service.Create(new Entity(Project) { ["dw_code"] = "B", ["dw_counter"] = 1 });
        Assert.Equal([first, second], Ids(dataverse, ByCounter(1)));
        Assert.Equal([first], Ids(dataverse, ByCode("a")));

        dataverse.RegisterStep(On<ThrowingPlugin>("Create", Project, PipelineStage.PostOperation, "no creates"));
        dataverse.RegisterStep(On<ThrowingPlugin>("Update", Project, PipelineStage.PostOperation, "no updates"));
        dataverse.RegisterStep(On<ThrowingPlugin>("Delete", Project, PipelineStage.PostOperation, "no deletes"));
        AssertFault.Throws(ErrorCodes.IsvAborted, () => service.Create(new Entity(Project) { ["dw_code"] = "C", ["dw_counter"] = 1 }));
        AssertFault.Throws(ErrorCodes.IsvAborted, () => service.Update(new Entity(Project, first) { ["dw_code"] = "C", ["dw_counter"] = 2 }));
        AssertFault.Throws(ErrorCodes.IsvAborted, () => service.Delete(Project, second));

        Assert.Empty(Ids(dataverse, ByCode("C")));
        Assert.Empty(Ids(dataverse, ByCounter(2)));
        Assert.Equal([first], Ids(dataverse, ByCode("A")));
        Assert.Equal([second], Ids(dataverse, ByCode("B")));
        Assert.Equal([first, second], Ids(dataverse, ByCounter(1)));

        // The alternate key's index was restored too: the rows are found by key, and "C" is free.
        Assert.Equal(first, ByKey(service, "A").Id);
        AssertFault.Throws(ErrorCodes.RecordNotFoundByEntityKey, () => ByKey(service, "C"));
    }

    [Fact]
    public void ACascadedDeleteRemovesTheChildrenFromTheIndexesAndItsRollbackPutsThemBack()
    {
        InMemoryDataverse dataverse = TestTables.NewOrganization();
        dataverse.Schema.Define(Task, t => t.PrimaryName("dw_name").Lookup("dw_projectid", CascadeDelete.Cascade, Project));
        dataverse.Schema.Define(TimeEntry, t => t.PrimaryName("dw_name").Lookup("dw_taskid", CascadeDelete.Cascade, Task));
        IOrganizationService service = dataverse.GetOrganizationService();
        Guid kept = service.Create(new Entity(Project) { ["dw_code"] = "KEPT" });
        Guid gone = service.Create(new Entity(Project) { ["dw_code"] = "GONE" });
        Guid doomed = service.Create(new Entity(Project) { ["dw_code"] = "DOOMED" });
        Guid keptTask = Child(service, Task, "dw_projectid", Project, kept);
        Guid[] goneTasks = [Child(service, Task, "dw_projectid", Project, gone), Child(service, Task, "dw_projectid", Project, gone)];
        Guid goneEntry = Child(service, TimeEntry, "dw_taskid", Task, goneTasks[0]);
        Guid[] tasks = [Child(service, Task, "dw_projectid", Project, doomed), Child(service, Task, "dw_projectid", Project, doomed)];
        Guid entry = Child(service, TimeEntry, "dw_taskid", Task, tasks[1]);
        Assert.Equal(goneTasks, Ids(dataverse, Children(Task, "dw_projectid", gone)));
        Assert.Equal(tasks, Ids(dataverse, Children(Task, "dw_projectid", doomed)));
        Assert.Equal([goneEntry], Ids(dataverse, Children(TimeEntry, "dw_taskid", goneTasks[0])));
        Assert.Equal([goneTasks[0], tasks[1]], Ids(dataverse, TasksWithEntries()));

        service.Delete(Project, gone);
        Assert.Empty(Ids(dataverse, Children(Task, "dw_projectid", gone)));
        Assert.Empty(Ids(dataverse, Children(TimeEntry, "dw_taskid", goneTasks[0])));
        Assert.Empty(Ids(dataverse, ByCode("gone")));
        Assert.Equal([tasks[1]], Ids(dataverse, TasksWithEntries()));

        // A time entry's delete fails: the whole cascade rolls back.
        dataverse.RegisterStep(On<ThrowingPlugin>("Delete", TimeEntry, PipelineStage.PostOperation, "posted"));
        AssertFault.Throws(ErrorCodes.IsvAborted, () => service.Delete(Project, doomed));
        Assert.Equal(tasks, Ids(dataverse, Children(Task, "dw_projectid", doomed)));
        Assert.Equal([entry], Ids(dataverse, Children(TimeEntry, "dw_taskid", tasks[1])));
        Assert.Equal([doomed], Ids(dataverse, ByCode("doomed")));
        Assert.Equal([tasks[1]], Ids(dataverse, TasksWithEntries()));
        Assert.Equal([keptTask], Ids(dataverse, Children(Task, "dw_projectid", kept)));
    }

    private static Guid[] Ids(InMemoryDataverse dataverse, QueryExpression query)
    {
        QueryComparison.AssertSameAsScan(dataverse, query);
        return dataverse.GetOrganizationService().RetrieveMultiple(query).Entities.Select(e => e.Id).ToArray();
    }

    private static QueryExpression ByCode(string code) => Where(Project, "dw_code", code);

    private static QueryExpression ByCounter(int counter) => Where(Project, "dw_counter", counter);

    private static QueryExpression Children(string table, string lookup, Guid parent) => Where(table, lookup, parent);

    // Tasks joined to their time entries: the join looks entries up by their lookup's index.
    private static QueryExpression TasksWithEntries()
    {
        var query = new QueryExpression(Task) { ColumnSet = new ColumnSet(true) };
        query.AddLink(TimeEntry, "dw_taskid", "dw_taskid");
        query.Criteria.AddCondition("dw_projectid", ConditionOperator.NotNull);
        return query;
    }

    private static QueryExpression Where(string table, string column, object value)
    {
        var query = new QueryExpression(table) { ColumnSet = new ColumnSet(true) };
        query.Criteria.AddCondition(column, ConditionOperator.Equal, value);
        return query;
    }

    private static Entity ByKey(IOrganizationService service, string code) =>
        ((RetrieveResponse)service.Execute(new RetrieveRequest { Target = new EntityReference(Project, "dw_code", code), ColumnSet = new ColumnSet(false) })).Entity!;

    private static Guid Child(IOrganizationService service, string table, string lookup, string parentTable, Guid parent) =>
        service.Create(new Entity(table) { ["dw_name"] = "child", [lookup] = new EntityReference(parentTable, parent) });
}
