using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using DualWrite.LocalRun.Metrics;

namespace DualWrite.LocalRun.Output;

/// <summary>An inline SVG line chart of the run second by second: saves finished and Finance data requests received.</summary>
public static class ThroughputLineChart
{
    private const int Width = 960;
    private const int Height = 320;
    private const int Left = 60;
    private const int Right = 20;
    private const int Top = 34;
    private const int Bottom = 40;
    private const string SavesColour = "#31a354";
    private const string RequestsColour = "#e6550d";
    private const int MarkedPoints = 120;

    public static string Svg(IReadOnlyList<ThroughputPoint> points)
    {
        ChartScale y = ChartScale.For(points.Select(p => (double)Math.Max(p.Saves, p.FinanceRequests)).DefaultIfEmpty(0).Max(), smallestStep: 1);
        ChartScale x = ChartScale.For(Math.Max(1, points.Count), ticks: 10, smallestStep: 1);
        int plotWidth = Width - Left - Right;
        int plotHeight = Height - Top - Bottom;
        var svg = new StringBuilder();
        svg.Append(Invariant($"<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{Width}\" height=\"{Height}\" viewBox=\"0 0 {Width} {Height}\" role=\"img\" aria-label=\"Throughput over time\">"));
        svg.Append(Invariant($"<rect x=\"{Left}\" y=\"8\" width=\"12\" height=\"12\" fill=\"{SavesColour}\"/><text x=\"{Left + 18}\" y=\"19\">saves per second</text>"));
        svg.Append(Invariant($"<rect x=\"{Left + 170}\" y=\"8\" width=\"12\" height=\"12\" fill=\"{RequestsColour}\"/><text x=\"{Left + 188}\" y=\"19\">Finance requests per second</text>"));
        for (double tick = 0; tick <= y.Maximum + (y.Step / 2); tick += y.Step)
        {
            double py = Top + plotHeight - (tick / y.Maximum * plotHeight);
            svg.Append(Invariant($"<line x1=\"{Left}\" y1=\"{py:0.#}\" x2=\"{Width - Right}\" y2=\"{py:0.#}\" stroke=\"#ddd\"/>"));
            svg.Append(Invariant($"<text x=\"{Left - 6}\" y=\"{py + 4:0.#}\" text-anchor=\"end\" class=\"tick\">{tick:0.##}</text>"));
        }

        for (double tick = 0; tick <= x.Maximum + (x.Step / 2); tick += x.Step)
        {
            double px = Left + (tick / x.Maximum * plotWidth);
            svg.Append(Invariant($"<text x=\"{px:0.#}\" y=\"{Height - Bottom + 16}\" text-anchor=\"middle\" class=\"tick\">{tick:0.##}</text>"));
        }

        svg.Append(Invariant($"<text x=\"{Left + (plotWidth / 2)}\" y=\"{Height - 6}\" text-anchor=\"middle\" class=\"tick\">seconds into the run</text>"));
        svg.Append(Invariant($"<line x1=\"{Left}\" y1=\"{Top + plotHeight}\" x2=\"{Width - Right}\" y2=\"{Top + plotHeight}\" stroke=\"#888\"/>"));
        Line(svg, points.Select(p => p.Saves), x, y, plotWidth, plotHeight, SavesColour);
        Line(svg, points.Select(p => p.FinanceRequests), x, y, plotWidth, plotHeight, RequestsColour);
        svg.Append("</svg>");
        return svg.ToString();
    }

    // Each second's count is drawn at the middle of its second.
    private static void Line(StringBuilder svg, IEnumerable<int> counts, ChartScale x, ChartScale y, int plotWidth, int plotHeight, string colour)
    {
        (double X, double Y)[] at = counts.Select((count, second) => (Left + ((second + 0.5) / x.Maximum * plotWidth), Top + plotHeight - (count / y.Maximum * plotHeight))).ToArray();
        svg.Append(Invariant($"<polyline fill=\"none\" stroke=\"{colour}\" stroke-width=\"2\" points=\"{string.Join(" ", at.Select(p => Invariant($"{p.X:0.#},{p.Y:0.#}")))}\"/>"));
        if (at.Length <= MarkedPoints)
        {
            // A short run has few seconds: marks keep a one- or two-second run visible.
            foreach ((double px, double py) in at)
            {
                svg.Append(Invariant($"<circle cx=\"{px:0.#}\" cy=\"{py:0.#}\" r=\"3\" fill=\"{colour}\"/>"));
            }
        }
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
