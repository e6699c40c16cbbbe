using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Net;
using System.Text;
using DualWrite.LocalRun.Metrics;

namespace DualWrite.LocalRun.Output;

/// <summary>An inline SVG bar chart of the save latency per table: p50 and p95 side by side, in milliseconds.</summary>
public static class LatencyBarChart
{
    private const int Width = 960;
    private const int LabelWidth = 300;
    private const int RowHeight = 30;
    private const int Top = 34;
    private const int Bottom = 30;
    private const int Right = 70;

    public static string Svg(IReadOnlyList<TableSummary> tables)
    {
        TableSummary[] rows = tables.Where(t => t.Saves > 0).ToArray();
        ChartScale scale = ChartScale.For(rows.Select(t => t.P95.TotalMilliseconds).DefaultIfEmpty(0).Max());
        int plotWidth = Width - LabelWidth - Right;
        int height = Top + (rows.Length * RowHeight) + Bottom;
        var svg = new StringBuilder();
        svg.Append(Invariant($"<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{Width}\" height=\"{height}\" viewBox=\"0 0 {Width} {height}\" role=\"img\" aria-label=\"Save latency per table\">"));
        svg.Append(Invariant($"<rect x=\"{LabelWidth}\" y=\"8\" width=\"12\" height=\"12\" fill=\"#9ecae1\"/><text x=\"{LabelWidth + 18}\" y=\"19\">p50</text>"));
        svg.Append(Invariant($"<rect x=\"{LabelWidth + 70}\" y=\"8\" width=\"12\" height=\"12\" fill=\"#3182bd\"/><text x=\"{LabelWidth + 88}\" y=\"19\">p95</text>"));
        for (double tick = 0; tick <= scale.Maximum + (scale.Step / 2); tick += scale.Step)
        {
            double x = LabelWidth + (tick / scale.Maximum * plotWidth);
            svg.Append(Invariant($"<line x1=\"{x:0.#}\" y1=\"{Top - 4}\" x2=\"{x:0.#}\" y2=\"{height - Bottom}\" stroke=\"#ddd\"/>"));
            svg.Append(Invariant($"<text x=\"{x:0.#}\" y=\"{height - Bottom + 16}\" text-anchor=\"middle\" class=\"tick\">{tick:0.##}</text>"));
        }

        svg.Append(Invariant($"<text x=\"{LabelWidth + (plotWidth / 2)}\" y=\"{height - 2}\" text-anchor=\"middle\" class=\"tick\">milliseconds per save</text>"));
        for (int i = 0; i < rows.Length; i++)
        {
            TableSummary row = rows[i];
            int y = Top + (i * RowHeight);
            svg.Append(Invariant($"<text x=\"{LabelWidth - 8}\" y=\"{y + 18}\" text-anchor=\"end\">{WebUtility.HtmlEncode(row.Table)}</text>"));
            Bar(svg, y + 3, row.P50.TotalMilliseconds, scale, plotWidth, "#9ecae1");
            Bar(svg, y + 15, row.P95.TotalMilliseconds, scale, plotWidth, "#3182bd");
        }

        svg.Append("</svg>");
        return svg.ToString();
    }

    private static void Bar(StringBuilder svg, int y, double milliseconds, ChartScale scale, int plotWidth, string colour)
    {
        double width = milliseconds / scale.Maximum * plotWidth;
        svg.Append(Invariant($"<rect x=\"{LabelWidth}\" y=\"{y}\" width=\"{width:0.#}\" height=\"11\" fill=\"{colour}\"><title>{milliseconds:0.0} ms</title></rect>"));
        svg.Append(Invariant($"<text x=\"{LabelWidth + width + 4:0.#}\" y=\"{y + 10}\" class=\"value\">{milliseconds:0.0}</text>"));
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
