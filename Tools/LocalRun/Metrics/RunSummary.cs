using System;
using System.Collections.Generic;
using System.Linq;
using DualWrite.FinanceEmulator.Logging;

namespace DualWrite.LocalRun.Metrics;

/// <summary>The run's figures per table, per phase, per second and in total, from its timings and the emulator's request log.</summary>
public sealed class RunSummary
{
    private RunSummary(IReadOnlyList<TableSummary> tables, IReadOnlyList<PhaseSummary> phases, IReadOnlyList<ThroughputPoint> throughput, RunTotals totals)
    {
        Tables = tables;
        Phases = phases;
        Throughput = throughput;
        Totals = totals;
    }

    /// <summary>One line per table saved, in the order the run first saved it.</summary>
    public IReadOnlyList<TableSummary> Tables { get; }

    public IReadOnlyList<PhaseSummary> Phases { get; }

    public IReadOnlyList<ThroughputPoint> Throughput { get; }

    public RunTotals Totals { get; }

    /// <param name="timings">The executions, in the order they ran.</param>
    /// <param name="requests">The emulator's request log.</param>
    /// <param name="seededRows">Rows stored as they are, with no step run.</param>
    /// <param name="started">When the first phase started (the throughput's second 0).</param>
    public static RunSummary Build(IReadOnlyList<Timing> timings, IReadOnlyList<RequestLogEntry> requests, int seededRows, DateTimeOffset started, TimeSpan duration)
    {
        IReadOnlyList<(RequestLogEntry Request, Timing? Timing)> attributed = RequestAttribution.Attribute(timings, requests);
        // By reference: each execution is its own, whatever its values.
        ILookup<Timing, RequestLogEntry> byTiming = attributed.Where(a => a.Timing is not null).ToLookup<(RequestLogEntry Request, Timing? Timing), Timing, RequestLogEntry>(a => a.Timing!, a => a.Request, ReferenceEqualityComparer.Instance);
        Timing[] saves = timings.Where(t => t.Phase == RunPhase.Save).ToArray();

        TableSummary[] tables = timings
            .GroupBy(t => t.Table, StringComparer.Ordinal)
            .Select(g =>
            {
                Timing[] tableSaves = g.Where(t => t.Phase == RunPhase.Save).ToArray();
                RequestLogEntry[] caused = g.SelectMany(t => byTiming[t]).ToArray();
                return new TableSummary(
                    g.Key,
                    tableSaves.Select(t => t.RecordId).Distinct().Count(),
                    tableSaves.Length,
                    caused.Count(r => r.IsDataRequest),
                    caused.Count(r => r.IsTokenRequest),
                    g.Count(t => !t.Succeeded),
                    Percentile.Of(tableSaves.Select(t => t.Elapsed), 50),
                    Percentile.Of(tableSaves.Select(t => t.Elapsed), 95));
            })
            .ToArray();

        PhaseSummary[] phases = timings
            .GroupBy(t => t.Phase)
            .OrderBy(g => g.Key)
            .Select(g =>
            {
                RequestLogEntry[] caused = g.SelectMany(t => byTiming[t]).ToArray();
                return new PhaseSummary(g.Key, g.Count(), caused.Count(r => r.IsDataRequest), caused.Count(r => r.IsTokenRequest), g.Count(t => !t.Succeeded), TimeSpan.FromTicks(g.Sum(t => t.Elapsed.Ticks)));
            })
            .ToArray();

        var totals = new RunTotals(
            tables.Sum(t => t.Records),
            saves.Length,
            seededRows,
            requests.Count(r => r.IsDataRequest),
            requests.Count(r => r.IsTokenRequest),
            requests.Count(r => r.IsDataRequest && r.Fault is not null),
            attributed.Count(a => a.Timing is null && (a.Request.IsDataRequest || a.Request.IsTokenRequest)),
            timings.Count(t => !t.Succeeded),
            Percentile.Of(saves.Select(t => t.Elapsed), 50),
            Percentile.Of(saves.Select(t => t.Elapsed), 95),
            duration);

        return new RunSummary(tables, phases, PerSecond(saves, requests, started, duration), totals);
    }

    private static ThroughputPoint[] PerSecond(IEnumerable<Timing> saves, IEnumerable<RequestLogEntry> requests, DateTimeOffset started, TimeSpan duration)
    {
        int seconds = Math.Max(1, (int)Math.Ceiling(duration.TotalSeconds));
        int[] savesPerSecond = new int[seconds];
        int[] requestsPerSecond = new int[seconds];
        foreach (Timing save in saves)
        {
            savesPerSecond[SecondOf(save.EndedAt, started, seconds)]++;
        }

        foreach (RequestLogEntry request in requests.Where(r => r.IsDataRequest))
        {
            requestsPerSecond[SecondOf(request.StartedAt, started, seconds)]++;
        }

        return Enumerable.Range(0, seconds).Select(s => new ThroughputPoint(s, savesPerSecond[s], requestsPerSecond[s])).ToArray();
    }

    private static int SecondOf(DateTimeOffset moment, DateTimeOffset started, int seconds) => Math.Clamp((int)(moment - started).TotalSeconds, 0, seconds - 1);
}
