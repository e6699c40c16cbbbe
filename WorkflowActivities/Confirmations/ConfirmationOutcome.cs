namespace DualWrite.WorkflowActivities.Confirmations;

/// <summary>What applying a confirmation did: wrote it, or found it applied already (and wrote nothing).</summary>
internal sealed class ConfirmationOutcome
{
    public ConfirmationOutcome(bool applied, string syncStatus, string message)
    {
        Applied = applied;
        SyncStatus = syncStatus;
        Message = message;
    }

    public bool Applied { get; }

    public bool AlreadyApplied => !Applied;

    /// <summary>The sync state's status afterwards: Confirmed or Rejected.</summary>
    public string SyncStatus { get; }

    public string Message { get; }
}
