using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Net;
using System.Text;
using DualWrite.LocalRun.Metrics;

namespace DualWrite.LocalRun.Output;

/// <summary>
/// An inline SVG bar chart of the save latency per table, p50 and p95 side by side, on a logarithmic scale of
/// milliseconds: a table whose saves never call Finance (tenths of a millisecond) and one whose first save waits for
/// a token (a second) both stay readable.
/// </summary>
public static class LatencyBarChart
{
    private const int Width = 960;
    private const int LabelWidth = 300;
    private const int RowHeight = 30;
    private const int Top = 34;
    private const int Bottom = 30;
    private const int Right = 70;
    private const double Floor = 0.01;

    public static string Svg(IReadOnlyList<TableSummary> tables)
    {
        TableSummary[] rows = tables.Where(t => t.Saves > 0).ToArray();
        double[] values = rows.SelectMany(t => new[] { t.P50.TotalMilliseconds, t.P95.TotalMilliseconds }).Where(v => v > 0).DefaultIfEmpty(1).ToArray();
        int lowest = (int)Math.Floor(Math.Log10(Math.Max(Floor, values.Min())));
        int highest = Math.Max(lowest + 1, (int)Math.Ceiling(Math.Log10(Math.Max(Floor, values.Max()))));
        int plotWidth = Width - LabelWidth - Right;
        int height = Top + (rows.Length * RowHeight) + Bottom;
        double X(double milliseconds) => LabelWidth + ((Math.Log10(Math.Max(milliseconds, Math.Pow(10, lowest))) - lowest) / (highest - lowest) * plotWidth);

        var svg = new StringBuilder();
        svg.Append(Invariant($"<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{Width}\" height=\"{height}\" viewBox=\"0 0 {Width} {height}\" role=\"img\" aria-label=\"Save latency per table\">"));
        svg.Append(Invariant($"<rect x=\"{LabelWidth}\" y=\"8\" width=\"12\" height=\"12\" fill=\"#9ecae1\"/><text x=\"{LabelWidth + 18}\" y=\"19\">p50</text>"));
        svg.Append(Invariant($"<rect x=\"{LabelWidth + 70}\" y=\"8\" width=\"12\" height=\"12\" fill=\"#3182bd\"/><text x=\"{LabelWidth + 88}\" y=\"19\">p95</text>"));
        for (int decade = lowest; decade <= highest; decade++)
        {
            double tick = Math.Pow(10, decade);
            svg.Append(Invariant($"<line x1=\"{X(tick):0.#}\" y1=\"{Top - 4}\" x2=\"{X(tick):0.#}\" y2=\"{height - Bottom}\" stroke=\"#ddd\"/>"));
            svg.Append(Invariant($"<text x=\"{X(tick):0.#}\" y=\"{height - Bottom + 16}\" text-anchor=\"middle\" class=\"tick\">{tick.ToString("0.##", CultureInfo.InvariantCulture)}</text>"));
        }

        svg.Append(Invariant($"<text x=\"{LabelWidth + (plotWidth / 2)}\" y=\"{height - 2}\" text-anchor=\"middle\" class=\"tick\">milliseconds per save (logarithmic)</text>"));
        for (int i = 0; i < rows.Length; i++)
        {
            TableSummary row = rows[i];
            int y = Top + (i * RowHeight);
            svg.Append(Invariant($"<text x=\"{LabelWidth - 8}\" y=\"{y + 18}\" text-anchor=\"end\">{WebUtility.HtmlEncode(row.Table)}</text>"));
            Bar(svg, y + 3, row.P50.TotalMilliseconds, X(row.P50.TotalMilliseconds), "#9ecae1");
            Bar(svg, y + 15, row.P95.TotalMilliseconds, X(row.P95.TotalMilliseconds), "#3182bd");
        }

        svg.Append("</svg>");
        return svg.ToString();
    }

    private static void Bar(StringBuilder svg, int y, double milliseconds, double end, string colour)
    {
        svg.Append(Invariant($"<rect x=\"{LabelWidth}\" y=\"{y}\" width=\"{end - LabelWidth:0.#}\" height=\"11\" fill=\"{colour}\"><title>{milliseconds:0.00} ms</title></rect>"));
        svg.Append(Invariant($"<text x=\"{end + 4:0.#}\" y=\"{y + 10}\" class=\"value\">{milliseconds:0.00}</text>"));
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
