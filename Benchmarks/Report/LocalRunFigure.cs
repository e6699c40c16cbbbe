using System;

namespace DualWrite.Benchmarks.Report;

/// <summary>One local run the report made: what it ran and how fast, and whether its check passed.</summary>
public sealed record LocalRunFigure(string Size, string Mode, double FaultRate, int Records, int FinanceRequests, TimeSpan Duration, double RecordsPerSecond, bool Passed);
