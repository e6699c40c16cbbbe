using Microsoft.Xrm.Sdk;

namespace DualWrite.WorkflowActivities.Imports;

/// <summary>An expense ready to upsert; its category is set at write time when the same document brings it.</summary>
internal sealed class PlannedExpense
{
    public PlannedExpense(Entity record, string? documentCategoryId)
    {
        Record = record;
        DocumentCategoryId = documentCategoryId;
    }

    public Entity Record { get; }

    /// <summary>The id of an expense category written by the same document, or null when the record names an existing one.</summary>
    public string? DocumentCategoryId { get; }
}
