using System;
using System.Collections.Generic;
using System.Linq;
using DualWrite.Common.Tables;
using DualWrite.Plugins.Finance;
using DualWrite.Tests.Sync;
using DualWrite.WorkflowActivities;
using Microsoft.Xrm.Sdk;
using Xunit;
using Col = DualWrite.Common.Tables.SyncStateTable.Columns;

namespace DualWrite.Tests.WorkflowActivities;

/// <summary>
/// Queued mode end to end: Finance's confirmation and the outbox delivery of the same change cannot undo each other,
/// whichever finishes first; a newer change of the record is a new sync.
/// </summary>
public sealed class ConfirmationRaceTests
{
    private const string ContractsSet = "CDSProjectContracts";

    [Fact]
    public void AConfirmationAfterTheDeliveryFinishedEndsConfirmedWithItsDocument()
    {
        using var world = new OutboundWorld(syncModes: """{"*":"queued"}""");
        EntityReference contract = new ProjectOperationsRecords(world).Contract();
        Entity delivered = State(world, contract);
        Assert.Equal(SyncStateTable.Status.Synced, Status(delivered));

        Confirm(world, contract, delivered.GetAttributeValue<string>(Col.CorrelationId)!);
        world.Dataverse.RunPendingAsyncJobs();

        AssertConfirmed(world, contract, delivered.GetAttributeValue<string>(Col.CorrelationId)!);
    }

    [Fact]
    public void AConfirmationThatOvertakesTheDeliveryEndsConfirmedWithItsDocument()
    {
        using var world = new OutboundWorld(syncModes: """{"*":"queued"}""");
        string? quoted = null;
        // Finance answers as soon as it has the row, before the delivery writes its own bookkeeping.
        world.Dataverse.HostServices.Add<IFinanceTransport>(new AnsweringTransport(world.Session.Transport, ContractsSet, () =>
        {
            Entity pending = world.Dataverse.Records(SyncStateTable.LogicalName).Single();
            Assert.Equal(SyncStateTable.Status.Pending, Status(pending));
            quoted = pending.GetAttributeValue<string>(Col.CorrelationId)!;
            Confirm(world, new EntityReference("salesorder", Guid.Parse(pending.GetAttributeValue<string>(Col.SourceId)!)), quoted);
        }));

        EntityReference contract = new ProjectOperationsRecords(world).Contract();

        Assert.NotNull(quoted);
        AssertConfirmed(world, contract, quoted!);
        Assert.Equal(OutboxTable.Status.Delivered, Assert.Single(world.Dataverse.Records(OutboxTable.LogicalName)).GetAttributeValue<OptionSetValue>(OutboxTable.Columns.Status)!.Value);
    }

    [Fact]
    public void ANewerChangeIsANewSyncAndTheOldConfirmationNoLongerApplies()
    {
        using var world = new OutboundWorld(syncModes: """{"*":"queued"}""");
        EntityReference contract = new ProjectOperationsRecords(world).Contract();
        string first = State(world, contract).GetAttributeValue<string>(Col.CorrelationId)!;
        Confirm(world, contract, first);

        world.Update(contract, ("name", "Fit-out, phase 2"));

        Entity state = State(world, contract);
        Assert.Equal(SyncStateTable.Status.Synced, Status(state));
        Assert.NotEqual(first, state.GetAttributeValue<string>(Col.CorrelationId));
        var stale = Assert.Throws<InvalidPluginExecutionException>(() => Confirm(world, contract, first));
        Assert.Contains("which answers no sync of that record", stale.Message, StringComparison.Ordinal);
        Confirm(world, contract, state.GetAttributeValue<string>(Col.CorrelationId)!);
        Assert.Equal(SyncStateTable.Status.Confirmed, Status(State(world, contract)));
    }

    private static void Confirm(OutboundWorld world, EntityReference contract, string correlationId) =>
        world.Dataverse.ExecuteCodeActivity<ApplyFinanceConfirmationActivity>(new Dictionary<string, object?>
        {
            ["RecordTable"] = "salesorder",
            ["RecordId"] = contract.Id.ToString(),
            ["FinanceStatus"] = "Accepted",
            ["CorrelationId"] = correlationId,
            ["DocumentNumber"] = "PC-001",
        });

    private static void AssertConfirmed(OutboundWorld world, EntityReference contract, string correlationId)
    {
        Entity state = State(world, contract);
        Assert.Equal(SyncStateTable.Status.Confirmed, Status(state));
        Assert.Equal("PC-001", state.GetAttributeValue<string>(Col.FinanceDocument));
        Assert.Equal(correlationId, state.GetAttributeValue<string>(Col.CorrelationId));
        Assert.False(string.IsNullOrEmpty(state.GetAttributeValue<string>(Col.PayloadHash)));
        Assert.Single(world.Rows(ContractsSet));
    }

    private static Entity State(OutboundWorld world, EntityReference record) =>
        world.Dataverse.Records(SyncStateTable.LogicalName).Single(s => s.GetAttributeValue<string>(Col.SourceId) == record.Id.ToString("D"));

    private static int Status(Entity state) => state.GetAttributeValue<OptionSetValue>(Col.Status)!.Value;

    /// <summary>The emulator's transport, calling back once after Finance first accepts a write to the entity set.</summary>
    private sealed class AnsweringTransport : IFinanceTransport
    {
        private readonly IFinanceTransport _inner;
        private readonly string _entitySet;
        private Action? _answer;

        public AnsweringTransport(IFinanceTransport inner, string entitySet, Action answer)
        {
            _inner = inner;
            _entitySet = entitySet;
            _answer = answer;
        }

        public FinanceHttpResponse Send(FinanceHttpRequest request, TimeSpan timeout)
        {
            FinanceHttpResponse response = _inner.Send(request, timeout);
            if (response.IsSuccess && request.Method != "GET" && request.Url.AbsolutePath.Contains("/" + _entitySet, StringComparison.Ordinal) && _answer is { } answer)
            {
                _answer = null;
                answer();
            }

            return response;
        }
    }
}
