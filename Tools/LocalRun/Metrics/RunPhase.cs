namespace DualWrite.LocalRun.Metrics;

/// <summary>The parts of a run, in order; every timed execution and every Finance request belongs to one.</summary>
public enum RunPhase
{
    /// <summary>The users' saves through the organization service (live maps call Finance here).</summary>
    Save,

    /// <summary>Queued mode: the outbox delivery the asynchronous service runs after each save.</summary>
    Delivery,

    /// <summary>Queued mode: an administrator replaying what failed, until nothing is left.</summary>
    Replay,

    /// <summary>Finance's confirmations played back through the workflow activity.</summary>
    Confirmation,

    /// <summary>A Finance document imported through the workflow activity.</summary>
    Import,
}
