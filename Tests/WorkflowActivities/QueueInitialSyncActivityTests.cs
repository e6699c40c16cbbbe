using System;
using System.Collections.Generic;
using System.Linq;
using DualWrite.Common.Tables;
using DualWrite.Testing;
using DualWrite.Testing.Activities;
using DualWrite.Tests.WorkflowActivities.Support;
using DualWrite.WorkflowActivities;
using Microsoft.Xrm.Sdk;
using Xunit;
using Col = DualWrite.Common.Tables.OutboxTable.Columns;

namespace DualWrite.Tests.WorkflowActivities;

public sealed class QueueInitialSyncActivityTests
{
    private readonly InboundOrganization _organization = new();
    private readonly Guid[] _projects;

    public QueueInitialSyncActivityTests()
    {
        // Seven projects besides the seeded one, enough for several pages of three.
        _projects = Enumerable.Range(2, 7).Select(n => new Guid($"40000000-0000-0000-0001-{n:D12}")).ToArray();
        Dataverse.Initialize(_projects.Select(id => new Entity("msdyn_project", id) { ["msdyn_subject"] = "P" + id.ToString("N")[^2..] }));
    }

    private InMemoryDataverse Dataverse => _organization.Dataverse;

    [Fact]
    public void QueuesOnePendingUpsertPerRecordForEveryMapOfTheTablePageByPage()
    {
        WorkflowContext context = Context();

        IDictionary<string, object?> outputs = Queue(context, pageSize: 3);

        Guid[] all = [InboundOrganization.Project, .. _projects];
        Entity[] rows = Dataverse.Records(OutboxTable.LogicalName).ToArray();
        Assert.Equal(all.Order(), rows.Select(r => Guid.Parse(r.GetAttributeValue<string>(Col.SourceId)!)).Order());
        foreach (Entity row in rows)
        {
            string source = row.GetAttributeValue<string>(Col.SourceId)!;
            Assert.Equal(OutboxTable.EveryMapOfTheTable, row.GetAttributeValue<string>(Col.Map));
            Assert.Equal("msdyn_project", row.GetAttributeValue<string>(Col.SourceTable));
            Assert.Equal(OutboxTable.Operation.Upsert, row.GetAttributeValue<OptionSetValue>(Col.Operation)!.Value);
            Assert.Equal(OutboxTable.Status.Pending, row.GetAttributeValue<OptionSetValue>(Col.Status)!.Value);
            Assert.Equal(0, row.GetAttributeValue<int>(Col.Attempts));
            Assert.Equal(context.CorrelationId.ToString("D"), row.GetAttributeValue<string>(Col.CorrelationId));
            Assert.Equal($"initial-sync:{context.CorrelationId:N}:msdyn_project:{Guid.Parse(source):N}", row.GetAttributeValue<string>(Col.ChangeId));
            Assert.Equal($"Initial sync: Upsert msdyn_project {source}", row.GetAttributeValue<string>(Col.Name));
            Assert.True(row.GetAttributeValue<string>(Col.ChangeId)!.Length <= 150);
        }

        Assert.Equal(8, outputs["Queued"]);
        Assert.Equal(0, outputs["AlreadyQueued"]);
        Assert.Equal("Queued 8 msdyn_project record(s) for Finance from 3 page(s); 0 were queued by an earlier attempt of this run.", outputs["Message"]);
    }

    [Fact]
    public void ARetryOfTheSameRunQueuesOnlyWhatItHadNotQueuedYet()
    {
        WorkflowContext context = Context();
        Queue(context, pageSize: 1000);
        var late = new Guid("40000000-0000-0000-0001-000000000099");
        Dataverse.Initialize(new Entity("msdyn_project", late) { ["msdyn_subject"] = "Late" });

        IDictionary<string, object?> outputs = Queue(context, pageSize: 1000);

        Assert.Equal(1, outputs["Queued"]);
        Assert.Equal(8, outputs["AlreadyQueued"]);
        Assert.Equal(9, Dataverse.Records(OutboxTable.LogicalName).Count);
    }

    [Fact]
    public void ANewRunQueuesEveryRecordAgain()
    {
        Queue(Context(), pageSize: 1000);

        IDictionary<string, object?> outputs = Queue(Context(), pageSize: 1000);

        Assert.Equal(8, outputs["Queued"]);
        Assert.Equal(16, Dataverse.Records(OutboxTable.LogicalName).Count);
    }

    [Theory]
    [InlineData("dw_outbox", 100, "Table 'dw_outbox' cannot be synced")]
    [InlineData(" ", 100, "Table '' cannot be synced")]
    [InlineData("msdyn_project", 0, "Page size 0 is out of range: a page holds 1 to 1000 records.")]
    [InlineData("msdyn_project", 1001, "Page size 1001 is out of range")]
    public void BadInputsAreRefusedAndNothingIsQueued(string table, int pageSize, string problem)
    {
        var error = Assert.Throws<InvalidPluginExecutionException>(() =>
            Dataverse.ExecuteCodeActivity<QueueInitialSyncActivity>(Context(), new Dictionary<string, object?> { ["Table"] = table, ["PageSize"] = pageSize }));

        Assert.Contains(problem, error.Message, StringComparison.Ordinal);
        Assert.Empty(Dataverse.Records(OutboxTable.LogicalName));
    }

    private WorkflowContext Context()
    {
        WorkflowContext context = Dataverse.GetDefaultWorkflowContext();
        context.CorrelationId = Guid.NewGuid();
        return context;
    }

    private IDictionary<string, object?> Queue(WorkflowContext context, int pageSize) =>
        Dataverse.ExecuteCodeActivity<QueueInitialSyncActivity>(context, new Dictionary<string, object?> { ["Table"] = "msdyn_project", ["PageSize"] = pageSize });
}
