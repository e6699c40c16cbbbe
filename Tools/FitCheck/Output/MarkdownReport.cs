using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;

namespace DualWrite.FitCheck.Output;

/// <summary>The report as one self-contained Markdown file: the verdict, then each section as a table.</summary>
public static class MarkdownReport
{
    public static void Write(string path, IReadOnlyList<ReportTable> sections, string verdict)
    {
        var text = new StringBuilder();
        text.Append("# Fit check\n\n**").Append(Escape(verdict)).Append("**\n");
        foreach (ReportTable section in sections)
        {
            text.Append("\n## ").Append(section.Title).Append("\n\n");
            if (section.Headers.Count > 0)
            {
                text.Append("| ").Append(string.Join(" | ", section.Headers.Select(Escape))).Append(" |\n");
                text.Append('|').Append(string.Concat(section.Headers.Select(_ => "---|"))).Append('\n');
                foreach (IReadOnlyList<string> row in section.Rows)
                {
                    text.Append("| ").Append(string.Join(" | ", row.Select(Escape))).Append(" |\n");
                }
            }

            if (section.Note is not null)
            {
                text.Append(section.Headers.Count > 0 ? "\n" : "").Append(Escape(section.Note)).Append('\n');
            }
        }

        OutputFile.Write(path, text.ToString());
    }

    private static string Escape(string cell) => cell.Replace("|", "\\|", StringComparison.Ordinal).Replace("\n", " ", StringComparison.Ordinal);
}
