using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace DualWrite.FitCheck.Output;

/// <summary>The report's sections as plain text tables, columns padded to their widest cell.</summary>
public static class ConsoleReport
{
    public static void Write(TextWriter output, IReadOnlyList<ReportTable> sections, string verdict)
    {
        ArgumentNullException.ThrowIfNull(output);
        foreach (ReportTable section in sections)
        {
            output.WriteLine();
            output.WriteLine(section.Title);
            if (section.Headers.Count > 0)
            {
                int[] widths = section.Headers.Select((h, i) => section.Rows.Select(r => r[i].Length).Append(h.Length).Max()).ToArray();
                output.WriteLine(Line(section.Headers, widths));
                output.WriteLine(string.Join("  ", widths.Select(w => new string('-', w))));
                foreach (IReadOnlyList<string> row in section.Rows)
                {
                    output.WriteLine(Line(row, widths));
                }
            }

            if (section.Note is not null)
            {
                output.WriteLine(section.Note);
            }
        }

        output.WriteLine();
        output.WriteLine(verdict);
    }

    private static string Line(IReadOnlyList<string> cells, int[] widths) => string.Join("  ", cells.Select((c, i) => c.PadRight(widths[i]))).TrimEnd();
}
