using System;

namespace DualWrite.LocalRun.Metrics;

/// <summary>
/// One phase's line: its executions, the Finance requests they caused, how many failed, and the time they took
/// together (queued mode interleaves saves and deliveries, so a phase's time is its executions', not a span).
/// </summary>
public sealed record PhaseSummary(RunPhase Phase, int Executions, int FinanceRequests, int TokenRequests, int Failures, TimeSpan Time);
