using System;
using System.Collections.Generic;
using DualWrite.Common.Tables;
using DualWrite.Testing;
using DualWrite.Tests.WorkflowActivities.Support;
using DualWrite.WorkflowActivities;
using Microsoft.Xrm.Sdk;
using Xunit;
using Col = DualWrite.Common.Tables.SyncStateTable.Columns;

namespace DualWrite.Tests.WorkflowActivities;

/// <summary>A confirmation of a sync Finance has not received (still queued, or failed) is refused with the reason; one that overtakes a started delivery is applied.</summary>
public sealed class FinanceReceiptTests
{
    private const string Correlation = FinanceConfirmations.Correlation;
    private readonly InboundOrganization _organization = new();
    private readonly Guid _actual = Guid.NewGuid();
    private readonly Guid _state;

    public FinanceReceiptTests()
    {
        Dataverse.Initialize(new Entity("msdyn_actual", _actual) { ["msdyn_description"] = "Design hours" });
        _state = _organization.AddSyncedState("msdyn_actual", _actual, Correlation);
    }

    private InMemoryDataverse Dataverse => _organization.Dataverse;

    [Theory]
    [InlineData(0, OutboxTable.Status.Pending)]
    [InlineData(0, OutboxTable.Status.Failed)]
    public void AConfirmationOfAChangeStillQueuedIsRefused(int attempts, int outboxStatus)
    {
        SetState(SyncStateTable.Status.Pending);
        AddOutboxRow(attempts, outboxStatus);
        string before = StoreSnapshot.Of(Dataverse);

        var error = Assert.Throws<InvalidPluginExecutionException>(() => Confirm());

        Assert.Contains($"quotes correlation id {Correlation}, a sync Finance has not received yet: it is still queued in the outbox", error.Message, StringComparison.Ordinal);
        Assert.Contains($"sync state {_state:D}, map 'actuals'", error.Message, StringComparison.Ordinal);
        Assert.Equal(before, StoreSnapshot.Of(Dataverse));
    }

    [Theory]
    [InlineData(SyncStateTable.Status.Failed, "failed to reach Finance: Finance refused: 400 Bad Request")]
    [InlineData(SyncStateTable.Status.Skipped, "was not sent to Finance")]
    public void AConfirmationOfASyncThatFailedOrWasNotSentIsRefused(int status, string reason)
    {
        SetState(status, lastError: "Finance refused: 400 Bad Request");
        string before = StoreSnapshot.Of(Dataverse);

        var error = Assert.Throws<InvalidPluginExecutionException>(() => Confirm());

        Assert.Contains("a sync Finance has not received yet: it " + reason, error.Message, StringComparison.Ordinal);
        Assert.Equal(before, StoreSnapshot.Of(Dataverse));
    }

    [Theory]
    [InlineData(1, OutboxTable.Status.Pending)]
    [InlineData(1, OutboxTable.Status.Delivered)]
    public void AConfirmationThatOvertakesAStartedDeliveryIsApplied(int attempts, int outboxStatus)
    {
        SetState(SyncStateTable.Status.Pending);
        AddOutboxRow(attempts, outboxStatus);

        Confirm();

        Entity state = Dataverse.Find(SyncStateTable.LogicalName, _state)!;
        Assert.Equal(SyncStateTable.Status.Confirmed, state.GetAttributeValue<OptionSetValue>(Col.Status)!.Value);
        Assert.Equal("VOU-1", state.GetAttributeValue<string>(Col.FinanceDocument));
    }

    private void SetState(int status, string? lastError = null) =>
        Dataverse.GetOrganizationService().Update(new Entity(SyncStateTable.LogicalName, _state)
        {
            [Col.Status] = new OptionSetValue(status),
            [Col.LastError] = lastError,
        });

    private void AddOutboxRow(int attempts, int status)
    {
        Guid row = _organization.AddOutboxRow("msdyn_actual", _actual, status, attempts);
        Dataverse.GetOrganizationService().Update(new Entity(OutboxTable.LogicalName, row) { [OutboxTable.Columns.CorrelationId] = Correlation });
    }

    private IDictionary<string, object?> Confirm() => Dataverse.ExecuteCodeActivity<ApplyFinanceConfirmationActivity>(new Dictionary<string, object?>
    {
        ["RecordTable"] = "msdyn_actual",
        ["RecordId"] = _actual.ToString(),
        ["FinanceStatus"] = "Posted",
        ["CorrelationId"] = Correlation,
        ["VoucherNumber"] = "VOU-1",
    });
}
