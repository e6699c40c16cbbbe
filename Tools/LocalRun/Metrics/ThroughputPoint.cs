namespace DualWrite.LocalRun.Metrics;

/// <summary>What one second of the run did: saves finished and Finance data requests received.</summary>
public sealed record ThroughputPoint(int Second, int Saves, int FinanceRequests);
