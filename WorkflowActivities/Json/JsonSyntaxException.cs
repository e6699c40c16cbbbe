using System;
using System.Globalization;

namespace DualWrite.WorkflowActivities.Json;

/// <summary>Text that is not well-formed JSON, with the line and column (both from 1) where reading stopped.</summary>
public sealed class JsonSyntaxException : Exception
{
    public JsonSyntaxException(string problem, int line, int column)
        : base(string.Format(CultureInfo.InvariantCulture, "{0} at line {1}, column {2}", problem, line, column))
    {
        Line = line;
        Column = column;
    }

    public int Line { get; }

    public int Column { get; }
}
