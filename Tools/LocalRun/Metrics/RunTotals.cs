using System;

namespace DualWrite.LocalRun.Metrics;

/// <summary>The whole run's figures.</summary>
public sealed record RunTotals(
    int Records,
    int Saves,
    int SeededRows,
    int FinanceRequests,
    int TokenRequests,
    int FaultedRequests,
    int UnattributedRequests,
    int Failures,
    TimeSpan P50,
    TimeSpan P95,
    TimeSpan Duration)
{
    public double RecordsPerSecond => Duration > TimeSpan.Zero ? Records / Duration.TotalSeconds : 0;

    public double RequestsPerSecond => Duration > TimeSpan.Zero ? FinanceRequests / Duration.TotalSeconds : 0;
}
