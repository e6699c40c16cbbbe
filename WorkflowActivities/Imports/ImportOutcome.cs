namespace DualWrite.WorkflowActivities.Imports;

/// <summary>What an import wrote: how many records it created and updated, and a sentence saying so.</summary>
internal sealed class ImportOutcome
{
    public ImportOutcome(int created, int updated, string message)
    {
        Created = created;
        Updated = updated;
        Message = message;
    }

    public int Created { get; }

    public int Updated { get; }

    public string Message { get; }
}
