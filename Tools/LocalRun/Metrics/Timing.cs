using System;

namespace DualWrite.LocalRun.Metrics;

/// <summary>One timed execution (a save, a delivery, a replay, a confirmation) of a record of a table, and whether it succeeded.</summary>
public sealed record Timing(string Table, RunPhase Phase, Guid RecordId, DateTimeOffset StartedAt, TimeSpan Elapsed, bool Succeeded)
{
    public DateTimeOffset EndedAt => StartedAt + Elapsed;
}
