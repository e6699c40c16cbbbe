using System;
using System.Collections.Generic;
using System.Linq;
using DualWrite.Tests.Support;
using DualWrite.Common.Tables;
using DualWrite.Plugins.Registration;
using DualWrite.Testing;
using DualWrite.Tests.Testing.Plugins;
using DualWrite.Tests.Testing.Support;
using DualWrite.Tests.WorkflowActivities.Support;
using DualWrite.WorkflowActivities;
using Microsoft.Xrm.Sdk;
using Xunit;
using static DualWrite.Tests.Testing.Support.Steps;
using Col = DualWrite.Common.Tables.OutboxTable.Columns;

namespace DualWrite.Tests.WorkflowActivities;

public sealed class ReplayFailedSyncsActivityTests
{
    private readonly InboundOrganization _organization = new();
    private readonly Guid _actualA = Guid.NewGuid();
    private readonly Guid _actualB = Guid.NewGuid();
    private readonly Guid _project = Guid.NewGuid();
    private readonly Guid _failedA;
    private readonly Guid _failedA2;
    private readonly Guid _failedB;
    private readonly Guid _failedProject;
    private readonly Guid _pending;
    private readonly Guid _delivered;
    private readonly Guid _abandoned;

    public ReplayFailedSyncsActivityTests()
    {
        _failedA = _organization.AddOutboxRow("msdyn_actual", _actualA, OutboxTable.Status.Failed);
        _failedA2 = _organization.AddOutboxRow("msdyn_actual", _actualA, OutboxTable.Status.Failed, attempts: 5);
        _failedB = _organization.AddOutboxRow("msdyn_actual", _actualB, OutboxTable.Status.Failed);
        _failedProject = _organization.AddOutboxRow("msdyn_project", _project, OutboxTable.Status.Failed);
        _pending = _organization.AddOutboxRow("msdyn_actual", _actualA, OutboxTable.Status.Pending, attempts: 1);
        _delivered = _organization.AddOutboxRow("msdyn_actual", _actualA, OutboxTable.Status.Delivered, attempts: 1);
        _abandoned = _organization.AddOutboxRow("msdyn_actual", _actualA, OutboxTable.Status.Abandoned, attempts: 4);
    }

    private InMemoryDataverse Dataverse => _organization.Dataverse;

    [Fact]
    public void WithoutAScopeEveryFailedRowIsRequeuedAndNothingElse()
    {
        IDictionary<string, object?> outputs = Replay(null, null);

        AssertRequeued(_failedA, _failedA2, _failedB, _failedProject);
        Assert.Equal(4, outputs["Requeued"]);
        Assert.Equal("Requeued 4 failed outbox entries of every table.", outputs["Message"]);
    }

    [Fact]
    public void ATableRequeuesOnlyThatTablesFailedRows()
    {
        IDictionary<string, object?> outputs = Replay("msdyn_project", null);

        AssertRequeued(_failedProject);
        Assert.Equal(1, outputs["Requeued"]);
        Assert.Equal("Requeued 1 failed outbox entry of table msdyn_project.", outputs["Message"]);
    }

    [Fact]
    public void ARecordRequeuesOnlyThatRecordsFailedRows()
    {
        IDictionary<string, object?> outputs = Replay("msdyn_actual", _actualA.ToString());

        AssertRequeued(_failedA, _failedA2);
        Assert.Equal(2, outputs["Requeued"]);
    }

    [Fact]
    public void TheUpdatesAreTaggedInbound()
    {
        Dataverse.RegisterStep(On<ContextRecorderPlugin>("Update", OutboxTable.LogicalName, PipelineStage.PreOperation, "outbox-update"));

        Replay("msdyn_project", null);

        Execution update = Assert.Single(ExecutionLog.Of(Dataverse.Identity.OrganizationId));
        Assert.Equal(InboundTag.Value, update.Context.SharedVariables[InboundTag.Parameter]);
    }

    [Fact]
    public void NothingFailedRequeuesNothing()
    {
        Replay(null, null);
        string before = StoreSnapshot.Of(Dataverse);

        IDictionary<string, object?> outputs = Replay(null, null);

        Assert.Equal(0, outputs["Requeued"]);
        Assert.Equal(before, StoreSnapshot.Of(Dataverse));
    }

    [Fact]
    public void ARecordIdThatIsNotAGuidIsRefused()
    {
        var error = Assert.Throws<InvalidPluginExecutionException>(() => Replay(null, "PRJ-0001"));

        Assert.Equal("Record id 'PRJ-0001' is not a record id (a GUID); nothing was requeued.", error.Message);
    }

    private IDictionary<string, object?> Replay(string? table, string? id) =>
        Dataverse.ExecuteCodeActivity<ReplayFailedSyncsActivity>(new Dictionary<string, object?> { ["SourceTable"] = table, ["SourceId"] = id });

    private void AssertRequeued(params Guid[] requeued)
    {
        foreach (Entity row in Dataverse.Records(OutboxTable.LogicalName))
        {
            int status = row.GetAttributeValue<OptionSetValue>(Col.Status)!.Value;
            if (requeued.Contains(row.Id))
            {
                Assert.Equal(OutboxTable.Status.Pending, status);
                Assert.Equal(0, row.GetAttributeValue<int>(Col.Attempts));
                Assert.False(row.Contains(Col.NextAttemptOn) && row[Col.NextAttemptOn] is not null);
                Assert.False(row.Contains(Col.LastError) && row[Col.LastError] is not null);
            }
            else
            {
                Assert.NotEqual(0, row.GetAttributeValue<int>(Col.Attempts));
                Assert.Equal("Finance refused: 500", row.GetAttributeValue<string>(Col.LastError));
                int expected = row.Id == _pending ? OutboxTable.Status.Pending
                    : row.Id == _delivered ? OutboxTable.Status.Delivered
                    : row.Id == _abandoned ? OutboxTable.Status.Abandoned
                    : OutboxTable.Status.Failed;
                Assert.Equal(expected, status);
            }
        }
    }
}
