using System.Collections.Generic;

namespace DualWrite.SolutionPacker.Processes;

/// <summary>
/// The actions through which Finance's flows (and any Web API client: POST /api/data/v9.2/&lt;unique name&gt;) reach the
/// inbound activities. The first two are what Finance's integration user calls; the other two are an administrator's.
/// </summary>
public static class InboundActions
{
    public const string ApplyFinanceConfirmation = "dw_ApplyFinanceConfirmation";
    public const string ImportFinanceDocument = "dw_ImportFinanceDocument";
    public const string ReplayFailedSyncs = "dw_ReplayFailedSyncs";
    public const string QueueInitialSync = "dw_QueueInitialSync";

    private const string Activities = "DualWrite.WorkflowActivities.";

    public static IReadOnlyList<ProcessAction> All { get; } =
    [
        new(ApplyFinanceConfirmation, "Apply Finance confirmation", Activities + "ApplyFinanceConfirmationActivity"),
        new(ImportFinanceDocument, "Import Finance document", Activities + "ImportFinanceDocumentActivity"),
        new(ReplayFailedSyncs, "Replay failed syncs", Activities + "ReplayFailedSyncsActivity"),
        new(QueueInitialSync, "Queue initial sync of a table", Activities + "QueueInitialSyncActivity"),
    ];

    /// <summary>The actions Finance's integration user runs; the others are for administrators.</summary>
    public static IReadOnlyList<string> CalledByFinance { get; } = [ApplyFinanceConfirmation, ImportFinanceDocument];
}
