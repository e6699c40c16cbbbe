using System.Collections.Generic;

namespace DualWrite.FitCheck.Output;

/// <summary>One section of the report as data, so the console and the Markdown file show the same thing.</summary>
public sealed record ReportTable(string Title, IReadOnlyList<string> Headers, IReadOnlyList<IReadOnlyList<string>> Rows, string? Note = null);
