using System;
using System.Globalization;
using System.Linq;
using Microsoft.Xrm.Sdk;

namespace DualWrite.WorkflowActivities.Limits;

/// <summary>
/// Why a value does not fit its column, in words that follow the document path or input name they are reported
/// under; null when it fits. The activities check every value before they write any, so the platform never refuses a
/// write half-way through with only a column's name to go on.
/// </summary>
internal static class ValueProblem
{
    public static string? Of(string table, string column, object? value) => Of(RecordedLimits.Of(table, column), value);

    public static string? Of(ColumnLimit limit, object? value)
    {
        switch (limit.Kind)
        {
            case ColumnKind.Text when value is string text:
                return Text(limit, text);
            case ColumnKind.Money or ColumnKind.Decimal or ColumnKind.WholeNumber:
                return value switch
                {
                    Money money => Number(limit, money.Value),
                    decimal number => Number(limit, number),
                    int number => Number(limit, number),
                    _ => null,
                };
            case ColumnKind.Date when value is DateTime date:
                return Date(date);
            case ColumnKind.Choice when value is OptionSetValue option:
                return Choice(limit, option.Value);
            default:
                return null;
        }
    }

    private static string? Text(ColumnLimit limit, string text)
    {
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
                continue;
            }

            if (char.IsSurrogate(c))
            {
                return Format("holds a lone surrogate U+{0:X4} at character {1}, which is not Unicode text", (int)c, i + 1);
            }

            // XML 1.0, which carries the organization service's messages, has no room for control characters.
            if (char.IsControl(c) && c is not ('\t' or '\r' or '\n'))
            {
                return Format("holds the control character U+{0:X4} at character {1}", (int)c, i + 1);
            }
        }

        return limit.MaxLength is { } most && text.Length > most
            ? Format("is {0:N0} characters long; {1}.{2} holds at most {3:N0}", text.Length, limit.Table, limit.Column, most)
            : null;
    }

    private static string? Number(ColumnLimit limit, decimal value) =>
        value < limit.Minimum || value > limit.Maximum
            ? Format("is {0}, outside {1}.{2}'s range of {3} to {4}", value, limit.Table, limit.Column, limit.Minimum, limit.Maximum)
            : null;

    private static string? Date(DateTime date) =>
        date < PlatformLimits.DateMinimum || date > PlatformLimits.DateMaximum
            ? Format("is {0:yyyy-MM-dd}, outside the dates Dataverse holds ({1:yyyy-MM-dd} to {2:yyyy-MM-dd})", date, PlatformLimits.DateMinimum, PlatformLimits.DateMaximum)
            : null;

    private static string? Choice(ColumnLimit limit, int value) =>
        limit.Options.Contains(value)
            ? null
            : Format("is {0}, which is not a value of the choice {1}.{2} ({3})", value, limit.Table, limit.Column, string.Join(", ", limit.Options.Select(o => o.ToString(CultureInfo.InvariantCulture))));

    private static string Format(string format, params object[] args) => string.Format(CultureInfo.InvariantCulture, format, args);
}
