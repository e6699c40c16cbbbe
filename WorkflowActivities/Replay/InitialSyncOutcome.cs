namespace DualWrite.WorkflowActivities.Replay;

/// <summary>What an initial sync run queued: new outbox rows, rows an earlier attempt of the same run queued, pages read.</summary>
internal sealed class InitialSyncOutcome
{
    public InitialSyncOutcome(int queued, int alreadyQueued, int pages)
    {
        Queued = queued;
        AlreadyQueued = alreadyQueued;
        Pages = pages;
    }

    public int Queued { get; }

    public int AlreadyQueued { get; }

    public int Pages { get; }
}
