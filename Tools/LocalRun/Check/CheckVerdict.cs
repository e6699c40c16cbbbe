using System.Collections.Generic;

namespace DualWrite.LocalRun.Check;

/// <summary>The check's outcome: what it compared, and every difference it found (none when it passed).</summary>
public sealed record CheckVerdict(int ExpectedRows, int FinanceRows, int SyncStates, int OutboxRows, int Confirmations, IReadOnlyList<CheckDifference> Differences)
{
    public bool Passed => Differences.Count == 0;

    public string Headline => Passed
        ? $"PASSED: every record synced exactly once ({ExpectedRows} Finance rows match Dataverse; {SyncStates} sync states Synced or Confirmed; {OutboxRows} outbox rows delivered; {Confirmations} confirmations applied)."
        : $"FAILED: {Differences.Count} difference(s) between Finance and Dataverse.";
}
