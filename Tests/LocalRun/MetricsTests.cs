using System;
using System.Collections.Generic;
using System.Linq;
using DualWrite.FinanceEmulator.Logging;
using DualWrite.LocalRun.Metrics;
using Xunit;

namespace DualWrite.Tests.LocalRun;

/// <summary>The figures of the summary: nearest-rank percentiles, and requests attributed to the execution whose window holds them.</summary>
public sealed class MetricsTests
{
    private static readonly DateTimeOffset Start = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);

    [Fact]
    public void PercentilesAreNearestRank()
    {
        TimeSpan[] samples = Enumerable.Range(1, 20).Select(n => TimeSpan.FromMilliseconds(n)).Reverse().ToArray();

        Assert.Equal(TimeSpan.FromMilliseconds(10), Percentile.Of(samples, 50));
        Assert.Equal(TimeSpan.FromMilliseconds(19), Percentile.Of(samples, 95));
        Assert.Equal(TimeSpan.Zero, Percentile.Of([], 95));
    }

    [Fact]
    public void EachRequestBelongsToTheExecutionRunningWhenFinanceReceivedIt()
    {
        Timing first = new("salesorder", RunPhase.Save, Guid.NewGuid(), Start, TimeSpan.FromMilliseconds(10), true);
        Timing second = new("msdyn_project", RunPhase.Save, Guid.NewGuid(), Start.AddMilliseconds(20), TimeSpan.FromMilliseconds(10), false);
        RequestLogEntry[] requests = [Request(5), Request(15), Request(25), Request(29), Request(40)];

        IReadOnlyList<(RequestLogEntry Request, Timing? Timing)> attributed = RequestAttribution.Attribute([first, second], requests);

        Assert.Equal([first, null, second, second, null], attributed.Select(a => a.Timing));
    }

    [Fact]
    public void TheSummaryCountsRequestsFailuresAndRecordsPerTableAndPhase()
    {
        Guid order = Guid.NewGuid();
        Timing[] timings =
        [
            new("salesorder", RunPhase.Save, order, Start, TimeSpan.FromMilliseconds(10), false),
            new("salesorder", RunPhase.Save, order, Start.AddMilliseconds(20), TimeSpan.FromMilliseconds(30), true),
            new("salesorder", RunPhase.Confirmation, order, Start.AddMilliseconds(60), TimeSpan.FromMilliseconds(5), true),
        ];
        RequestLogEntry[] requests = [Request(1), Request(21), Request(22, "$token"), Request(30), Request(61)];

        RunSummary summary = RunSummary.Build(timings, requests, seededRows: 7, Start, TimeSpan.FromSeconds(2));

        TableSummary table = Assert.Single(summary.Tables);
        Assert.Equal(new TableSummary("salesorder", 1, 2, 4, 1, 1, TimeSpan.FromMilliseconds(10), TimeSpan.FromMilliseconds(30)), table);
        Assert.Equal([3, 1], summary.Phases.Select(p => p.FinanceRequests));
        Assert.Equal(4, summary.Totals.FinanceRequests);
        Assert.Equal(7, summary.Totals.SeededRows);
        Assert.Equal([new ThroughputPoint(0, 2, 4), new ThroughputPoint(1, 0, 0)], summary.Throughput);
    }

    private static RequestLogEntry Request(int millisecond, string scope = "SalesOrders") =>
        new(Start.AddMilliseconds(millisecond), "PATCH", scope == "$token" ? "/tenant/oauth2/v2.0/token" : "/data/" + scope, scope, new Dictionary<string, string>(), "", 204, null, TimeSpan.FromMilliseconds(1));
}
