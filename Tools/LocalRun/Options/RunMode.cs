namespace DualWrite.LocalRun.Options;

/// <summary>How the run's maps send to Finance: every map live (inside the save) or every map queued (through the outbox).</summary>
public enum RunMode
{
    Live,
    Queued,
}
