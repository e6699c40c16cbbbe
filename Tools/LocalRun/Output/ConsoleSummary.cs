using System;
using System.Globalization;
using System.Linq;
using DualWrite.LocalRun.Check;
using DualWrite.LocalRun.Metrics;
using DualWrite.LocalRun.Options;
using DualWrite.LocalRun.Run;
using Spectre.Console;

namespace DualWrite.LocalRun.Output;

/// <summary>The end of a run on the console: the summary per table and per phase, the totals, and the check's verdict with its first differences.</summary>
public static class ConsoleSummary
{
    /// <summary>How many differences the console shows; the report lists them all.</summary>
    public const int ShownDifferences = 10;

    public static void Write(IAnsiConsole console, RunResult result)
    {
        RunTotals totals = result.Summary.Totals;
        // Short headers keep the table inside an 80-column terminal; the caption says what they mean.
        var tables = new Table().Title("Summary per table").Border(TableBorder.Rounded)
            .Caption("Requests: Finance data requests; Tokens: token requests; p50/p95: save latency in ms");
        tables.AddColumns("Table", "Records", "Saves", "Requests", "Tokens", "Failures", "p50", "p95");
        foreach (int column in Enumerable.Range(1, 7))
        {
            tables.Columns[column].RightAligned();
        }

        foreach (TableSummary table in result.Summary.Tables)
        {
            tables.AddRow(Markup.Escape(table.Table), Number(table.Records), Number(table.Saves), Number(table.FinanceRequests), Number(table.TokenRequests), Failures(table.Failures), Milliseconds(table.P50), Milliseconds(table.P95));
        }

        tables.AddEmptyRow();
        tables.AddRow("[bold]Total[/]", Number(totals.Records), Number(totals.Saves), Number(totals.FinanceRequests), Number(totals.TokenRequests), Failures(totals.Failures), Milliseconds(totals.P50), Milliseconds(totals.P95));
        console.Write(tables);

        var phases = new Table().Title("Per phase").Border(TableBorder.Rounded);
        phases.AddColumns("Phase", "Executions", "Requests", "Tokens", "Failures", "Time (s)");
        foreach (int column in Enumerable.Range(1, 5))
        {
            phases.Columns[column].RightAligned();
        }

        foreach (PhaseSummary phase in result.Summary.Phases)
        {
            phases.AddRow(phase.Phase.ToString(), Number(phase.Executions), Number(phase.FinanceRequests), Number(phase.TokenRequests), Failures(phase.Failures), Seconds(phase.Time));
        }

        console.Write(phases);
        console.MarkupLine(Markup.Escape(string.Format(
            CultureInfo.InvariantCulture,
            "{0:N0} records saved in {1:0.0} s ({2:0.0} records/s); {3:N0} Finance requests ({4:0.0}/s, {5:N0} of them failed by the emulator's faults), {6:N0} token requests; {7:N0} rows seeded{9}; check took {8:0.0} s.",
            totals.Records,
            totals.Duration.TotalSeconds,
            totals.RecordsPerSecond,
            totals.FinanceRequests,
            totals.RequestsPerSecond,
            totals.FaultedRequests,
            totals.TokenRequests,
            totals.SeededRows,
            result.CheckDuration.TotalSeconds,
            result.Options.Mode == RunMode.Queued ? $"; {result.ReplayRounds} replay round(s)" : "")));

        WriteVerdict(console, result.Verdict);
    }

    private static void WriteVerdict(IAnsiConsole console, CheckVerdict verdict)
    {
        console.MarkupLine((verdict.Passed ? "[green bold]" : "[red bold]") + Markup.Escape(verdict.Headline) + "[/]");
        foreach (CheckDifference difference in verdict.Differences.Take(ShownDifferences))
        {
            console.MarkupLine("  - " + Markup.Escape(difference.ToString()));
        }

        if (verdict.Differences.Count > ShownDifferences)
        {
            console.MarkupLine(Markup.Escape($"  ... and {verdict.Differences.Count - ShownDifferences} more (all of them are in the report)."));
        }
    }

    private static string Number(int value) => value.ToString("N0", CultureInfo.InvariantCulture);

    private static string Failures(int value) => value == 0 ? "0" : $"[red]{Number(value)}[/]";

    private static string Milliseconds(TimeSpan value) => value.TotalMilliseconds.ToString("0.0", CultureInfo.InvariantCulture);

    private static string Seconds(TimeSpan value) => value.TotalSeconds.ToString("0.00", CultureInfo.InvariantCulture);
}
