using System;
using System.Collections.Generic;
using System.Linq;
using DualWrite.Common.Tables;
using DualWrite.Plugins.Maps;
using DualWrite.Testing;
using DualWrite.Tests.WorkflowActivities.Support;
using DualWrite.WorkflowActivities;
using Microsoft.Xrm.Sdk;
using Xunit;

namespace DualWrite.Tests.WorkflowActivities;

/// <summary>Table names are compared as Dataverse compares them (case aside), and a table no map sends is refused, not silently skipped.</summary>
public sealed class TableNameTests
{
    private const string Correlation = FinanceConfirmations.Correlation;
    private readonly InboundOrganization _organization = new();

    private InMemoryDataverse Dataverse => _organization.Dataverse;

    [Theory]
    [InlineData("MSDYN_ACTUAL")]
    [InlineData("Msdyn_Actual")]
    public void AConfirmationNamingTheTableInAnotherCaseWritesTheActualBack(string table)
    {
        var actual = Guid.NewGuid();
        Dataverse.Initialize(new Entity("msdyn_actual", actual) { ["msdyn_description"] = "Design hours" });
        _organization.AddSyncedState("msdyn_actual", actual, Correlation);

        IDictionary<string, object?> outputs = Dataverse.ExecuteCodeActivity<ApplyFinanceConfirmationActivity>(new Dictionary<string, object?>
        {
            ["RecordTable"] = table, ["RecordId"] = actual.ToString(), ["FinanceStatus"] = "Posted", ["CorrelationId"] = Correlation,
            ["VoucherNumber"] = "VOU-9", ["AccountingAmount"] = new Money(10m),
        });

        Entity written = Dataverse.Find("msdyn_actual", actual)!;
        Assert.Equal("VOU-9", written.GetAttributeValue<string>("msdyn_externalreferenceid"));
        Assert.Equal(10m, written.GetAttributeValue<Money>("msdyn_accountingamount")!.Value);
        Assert.Contains("msdyn_accountingamount, msdyn_externalreferenceid written back", (string)outputs["Message"]!, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("msdyn_unknowntable")]
    [InlineData("account")]
    [InlineData("dw_outbox")]
    public void ReplayingATableNoMapSendsIsRefusedWithTheReason(string table)
    {
        _organization.AddOutboxRow(table, Guid.NewGuid(), OutboxTable.Status.Failed);
        string before = StoreSnapshot.Of(Dataverse);

        var error = Assert.Throws<InvalidPluginExecutionException>(() => Dataverse.ExecuteCodeActivity<ReplayFailedSyncsActivity>(new Dictionary<string, object?> { ["SourceTable"] = table }));

        Assert.Contains($"Failed syncs of table '{table}' cannot be replayed: table '{table}' is not one a DualWrite map sends to Finance (they send bookableresourcecategory, invoice, msdyn_actual", error.Message, StringComparison.Ordinal);
        Assert.Contains("nothing was requeued", error.Message, StringComparison.Ordinal);
        Assert.Equal(before, StoreSnapshot.Of(Dataverse));
    }

    [Theory]
    [InlineData("account")]
    [InlineData("msdyn_expense")]
    [InlineData("dw_syncstate")]
    [InlineData(" ")]
    public void QueueingAnInitialSyncOfATableNoMapSendsIsRefusedWithTheReason(string table)
    {
        string before = StoreSnapshot.Of(Dataverse);

        var error = Assert.Throws<InvalidPluginExecutionException>(() => Dataverse.ExecuteCodeActivity<QueueInitialSyncActivity>(new Dictionary<string, object?> { ["Table"] = table, ["PageSize"] = 10 }));

        Assert.Contains($"Table '{table.Trim()}' cannot be synced: table '{table.Trim()}' is not one a DualWrite map sends to Finance", error.Message, StringComparison.Ordinal);
        Assert.Contains("nothing was queued", error.Message, StringComparison.Ordinal);
        Assert.Equal(before, StoreSnapshot.Of(Dataverse));
    }

    [Theory]
    [InlineData("MSDYN_ACTUAL")]
    [InlineData("Msdyn_Actual")]
    public void ReplayAndInitialSyncTakeATableNameInAnyCase(string table)
    {
        var record = Guid.NewGuid();
        Dataverse.Initialize(new Entity("msdyn_actual", record) { ["msdyn_description"] = "Design hours" });
        _organization.AddOutboxRow("msdyn_actual", record, OutboxTable.Status.Failed);

        Assert.Equal(1, Dataverse.ExecuteCodeActivity<ReplayFailedSyncsActivity>(new Dictionary<string, object?> { ["SourceTable"] = table })["Requeued"]);
        Assert.Equal(1, Dataverse.ExecuteCodeActivity<QueueInitialSyncActivity>(new Dictionary<string, object?> { ["Table"] = table, ["PageSize"] = 10 })["Queued"]);
        Entity queued = Dataverse.Records(OutboxTable.LogicalName).Single(o => o.GetAttributeValue<string>(OutboxTable.Columns.Map) == OutboxTable.EveryMapOfTheTable);
        Assert.Equal("msdyn_actual", queued.GetAttributeValue<string>(OutboxTable.Columns.SourceTable));
        Assert.Contains(":msdyn_actual:", queued.GetAttributeValue<string>(OutboxTable.Columns.ChangeId), StringComparison.Ordinal);
    }

    [Fact]
    public void TheTablesTheActivitiesKnowAreExactlyTheTablesTheMapsSend()
    {
        string[] mapped = TableMaps.All.Select(m => m.SourceTable).Distinct().OrderBy(t => t, StringComparer.Ordinal).ToArray();

        var error = Assert.Throws<InvalidPluginExecutionException>(() => Dataverse.ExecuteCodeActivity<QueueInitialSyncActivity>(new Dictionary<string, object?> { ["Table"] = "account", ["PageSize"] = 10 }));

        Assert.Contains($"(they send {string.Join(", ", mapped)})", error.Message, StringComparison.Ordinal);
        Assert.All(mapped, table => Assert.IsType<int>(Dataverse.ExecuteCodeActivity<QueueInitialSyncActivity>(new Dictionary<string, object?> { ["Table"] = table, ["PageSize"] = 10 })["Queued"]));
    }
}
