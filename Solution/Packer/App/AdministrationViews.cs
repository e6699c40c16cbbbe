using System.Collections.Generic;
using System.Globalization;
using DualWrite.Common.Tables;

namespace DualWrite.SolutionPacker.App;

/// <summary>
/// The views an administrator works from: what failed, what Finance rejected, what waits for a parent, what is pending
/// and what was delivered in the last day. Each shows the record, map, legal entity, status, attempts, last error,
/// Finance document, correlation id and modified on, as far as the table has the column (the outbox has no legal
/// entity or Finance document).
/// </summary>
internal static class AdministrationViews
{
    private const string ModifiedOn = "modifiedon";

    private static readonly string[] SyncStateColumns =
    [
        SyncStateTable.Columns.Name, SyncStateTable.Columns.Map, SyncStateTable.Columns.LegalEntity, SyncStateTable.Columns.Status,
        SyncStateTable.Columns.Attempts, SyncStateTable.Columns.LastError, SyncStateTable.Columns.FinanceDocument, SyncStateTable.Columns.CorrelationId, ModifiedOn,
    ];

    private static readonly string[] OutboxColumns =
    [
        OutboxTable.Columns.Name, OutboxTable.Columns.Map, OutboxTable.Columns.Status, OutboxTable.Columns.Attempts,
        OutboxTable.Columns.LastError, OutboxTable.Columns.WaitingFor, OutboxTable.Columns.CorrelationId, ModifiedOn,
    ];

    public static IReadOnlyList<AdministrationView> All { get; } =
    [
        new(SyncStateTable.LogicalName, "Failed syncs", SyncStateColumns, [SyncStatus(SyncStateTable.Status.Failed)], IsDefault: true),
        new(SyncStateTable.LogicalName, "Rejected by Finance", SyncStateColumns, [SyncStatus(SyncStateTable.Status.Rejected)]),
        new(SyncStateTable.LogicalName, "Pending syncs", SyncStateColumns, [SyncStatus(SyncStateTable.Status.Pending)]),
        new(OutboxTable.LogicalName, "Failed changes", OutboxColumns, [Delivery(OutboxTable.Status.Failed)], IsDefault: true),
        new(OutboxTable.LogicalName, "Waiting for a parent", OutboxColumns, [Delivery(OutboxTable.Status.Pending), new(OutboxTable.Columns.WaitingFor, "not-null")]),
        new(OutboxTable.LogicalName, "Pending changes", OutboxColumns, [Delivery(OutboxTable.Status.Pending)]),
        new(OutboxTable.LogicalName, "Delivered in the last day", OutboxColumns, [Delivery(OutboxTable.Status.Delivered), new(ModifiedOn, "last-x-hours", "24")]),
    ];

    private static ViewCondition SyncStatus(int value) => new(SyncStateTable.Columns.Status, "eq", value.ToString(CultureInfo.InvariantCulture));

    private static ViewCondition Delivery(int value) => new(OutboxTable.Columns.Status, "eq", value.ToString(CultureInfo.InvariantCulture));
}
