using System;

namespace DualWrite.LocalRun.Metrics;

/// <summary>
/// One table's line of the summary: the records saved, the saves made (a refused save made again counts twice),
/// the Finance data and token requests its executions caused in every phase, the executions that failed, and the
/// save latency.
/// </summary>
public sealed record TableSummary(string Table, int Records, int Saves, int FinanceRequests, int TokenRequests, int Failures, TimeSpan P50, TimeSpan P95);
