using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Net;
using System.Text;
using DualWrite.LocalRun.Check;
using DualWrite.LocalRun.Metrics;
using DualWrite.LocalRun.Options;
using DualWrite.LocalRun.Run;

namespace DualWrite.LocalRun.Output;

/// <summary>
/// The run's report as one self-contained HTML file (inline style and SVG, no script, nothing fetched): the options,
/// the check's verdict, save latency per table and throughput over time as charts, the summary tables, and every
/// difference the check found.
/// </summary>
public static class HtmlReport
{
    /// <summary>The most differences the report lists.</summary>
    public const int ListedDifferences = 1000;

    private const string Style = """
        body { font-family: system-ui, -apple-system, "Segoe UI", sans-serif; margin: 2rem auto; max-width: 1000px; color: #222; }
        h1 { margin-bottom: .2rem; } h2 { margin-top: 2rem; border-bottom: 1px solid #ddd; }
        table { border-collapse: collapse; margin: .5rem 0; } th, td { padding: .25rem .6rem; border-bottom: 1px solid #eee; }
        th { text-align: left; background: #f5f5f5; } td.n { text-align: right; font-variant-numeric: tabular-nums; }
        tr.total td { font-weight: bold; border-top: 2px solid #ccc; }
        .verdict { padding: .7rem 1rem; border-radius: 6px; font-weight: bold; }
        .passed { background: #e5f5e0; color: #006d2c; } .failed { background: #fee0d2; color: #a50f15; }
        svg text { font-size: 12px; fill: #333; } svg text.tick, svg text.value { font-size: 11px; fill: #666; }
        """;

    public static void Write(string path, RunResult result)
    {
        string? folder = Path.GetDirectoryName(Path.GetFullPath(path));
        if (folder is not null)
        {
            Directory.CreateDirectory(folder);
        }

        File.WriteAllText(path, Build(result), new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
    }

    public static string Build(RunResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        RunTotals totals = result.Summary.Totals;
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>DualWrite local run</title><style>").Append(Style).Append("</style></head><body>");
        html.Append("<h1>DualWrite local run</h1>");
        html.Append(CultureInfo.InvariantCulture, $"<p>{Encode(result.Options.Size.Name)} data set, {Encode(result.Options.Mode.ToString().ToLowerInvariant())} mode, fault rate {result.Options.FaultRate:0.##}, seed {result.Options.Seed}.</p>");
        html.Append(CultureInfo.InvariantCulture, $"<p class=\"verdict {(result.Verdict.Passed ? "passed" : "failed")}\">{Encode(result.Verdict.Headline)}</p>");

        html.Append("<h2>Options</h2>");
        Table(html, ["Option", "Value"], [
            ["Data set size", result.Options.Size.Name],
            ["Mode", result.Options.Mode.ToString().ToLowerInvariant()],
            ["Fault rate", result.Options.FaultRate.ToString("0.##", CultureInfo.InvariantCulture)],
            ["Seed", result.Options.Seed.ToString(CultureInfo.InvariantCulture)],
            ["Solution zip", result.ZipPath],
            ["Steps registered from the zip", result.RegisteredSteps.ToString(CultureInfo.InvariantCulture)],
            ["Legal entities", string.Join(", ", result.LegalEntities)],
        ]);

        html.Append(CultureInfo.InvariantCulture, $"<p>{totals.Records:N0} records saved in {totals.Duration.TotalSeconds:0.0} s ({totals.RecordsPerSecond:0.0} records/s); {totals.FinanceRequests:N0} Finance requests ({totals.RequestsPerSecond:0.0}/s, {totals.FaultedRequests:N0} failed by the emulator's faults), {totals.TokenRequests:N0} token requests; {totals.Failures:N0} failed executions; {totals.SeededRows:N0} rows seeded{(result.Options.Mode == RunMode.Queued ? $"; {result.ReplayRounds} replay round(s)" : "")}.</p>");

        html.Append("<h2>Save latency per table</h2>").Append(LatencyBarChart.Svg(result.Summary.Tables));
        html.Append("<h2>Throughput over time</h2>").Append(ThroughputLineChart.Svg(result.Summary.Throughput));

        html.Append("<h2>Summary per table</h2>");
        Table(
            html,
            ["Table", "Records", "Saves", "Finance requests", "Token requests", "Failures", "p50 save (ms)", "p95 save (ms)"],
            result.Summary.Tables.Select(t => new[] { t.Table, N(t.Records), N(t.Saves), N(t.FinanceRequests), N(t.TokenRequests), N(t.Failures), Ms(t.P50), Ms(t.P95) }),
            ["Total", N(totals.Records), N(totals.Saves), N(totals.FinanceRequests), N(totals.TokenRequests), N(totals.Failures), Ms(totals.P50), Ms(totals.P95)]);

        html.Append("<h2>Per phase</h2>");
        Table(
            html,
            ["Phase", "Executions", "Finance requests", "Token requests", "Failures", "Time (s)"],
            result.Summary.Phases.Select(p => new[] { p.Phase.ToString(), N(p.Executions), N(p.FinanceRequests), N(p.TokenRequests), N(p.Failures), p.Time.TotalSeconds.ToString("0.00", CultureInfo.InvariantCulture) }));

        html.Append("<h2>Check</h2><p>Every record a map sends must be in Finance exactly once, in every company it goes to, with the field values the map builds from the record as Dataverse holds it at the end; Finance must hold no other row; every sync state must be Synced or Confirmed, no outbox change Pending or Failed, and every confirmation applied.</p>");
        html.Append(CultureInfo.InvariantCulture, $"<p>Compared {result.Verdict.ExpectedRows:N0} expected rows with {result.Verdict.FinanceRows:N0} Finance rows, {result.Verdict.SyncStates:N0} sync states, {result.Verdict.OutboxRows:N0} outbox rows and {result.Verdict.Confirmations:N0} confirmations in {result.CheckDuration.TotalSeconds:0.0} s.</p>");
        if (!result.Verdict.Passed)
        {
            html.Append("<ol>");
            foreach (CheckDifference difference in result.Verdict.Differences.Take(ListedDifferences))
            {
                html.Append("<li>").Append(Encode(difference.ToString())).Append("</li>");
            }

            html.Append("</ol>");
        }

        html.Append("</body></html>");
        return html.ToString();
    }

    private static void Table(StringBuilder html, string[] headers, IEnumerable<string[]> rows, string[]? total = null)
    {
        html.Append("<table><thead><tr>");
        foreach (string header in headers)
        {
            html.Append("<th>").Append(Encode(header)).Append("</th>");
        }

        html.Append("</tr></thead><tbody>");
        foreach (string[] row in rows)
        {
            Row(html, row, "");
        }

        if (total is not null)
        {
            Row(html, total, " class=\"total\"");
        }

        html.Append("</tbody></table>");
    }

    private static void Row(StringBuilder html, string[] cells, string attributes)
    {
        html.Append("<tr").Append(attributes).Append('>');
        for (int i = 0; i < cells.Length; i++)
        {
            html.Append(i > 0 && IsNumber(cells[i]) ? "<td class=\"n\">" : "<td>").Append(Encode(cells[i])).Append("</td>");
        }

        html.Append("</tr>");
    }

    private static string Encode(string text) => WebUtility.HtmlEncode(text);

    // Figures align right; text (a path, a mode) stays left.
    private static bool IsNumber(string cell) => cell.Length > 0 && cell.All(c => char.IsAsciiDigit(c) || c is ',' or '.' or '-');

    private static string N(int value) => value.ToString("N0", CultureInfo.InvariantCulture);

    private static string Ms(TimeSpan value) => value.TotalMilliseconds.ToString("0.0", CultureInfo.InvariantCulture);
}
