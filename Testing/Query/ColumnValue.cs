using System;
using System.Globalization;
using DualWrite.Testing.Faults;
using DualWrite.Testing.Schema;
using Microsoft.Xrm.Sdk;

namespace DualWrite.Testing.Query;

/// <summary>
/// Column values in the form the query engine compares them in: lookups and ids as Guid, whole numbers, decimals
/// and money as decimal, choices as int, dates in UTC. Row values are already of their column's type; condition
/// values are converted, and a value that cannot be is an error naming the column.
/// </summary>
internal static class ColumnValue
{
    public static object? OfRow(object? value) => value switch
    {
        null => null,
        EntityReference reference => reference.Id,
        OptionSetValue option => option.Value,
        Money money => money.Value,
        int number => (decimal)number,
        long number => (decimal)number,
        DateTime time => ToUtc(time),
        _ => value,
    };

    public static object OfOperand(object? operand, ColumnSchema column, string where)
    {
        object? converted = operand is null ? null : Convert(operand, column.Type);
        return converted ?? throw DataverseFault.InvalidArgument(
            $"Condition for attribute '{where}': expected argument(s) of a type a {column.Type} column compares with but received '{operand?.GetType().FullName ?? "null"}'.");
    }

    /// <summary>Orders two normalized values; null sorts first, as in SQL Server; text ignores case and accents.</summary>
    public static int Compare(object? left, object? right)
    {
        if (left is null || right is null)
        {
            return left is null ? (right is null ? 0 : -1) : 1;
        }

        if (left is string a && right is string b)
        {
            return CultureInfo.InvariantCulture.CompareInfo.Compare(a, b, CompareOptions.IgnoreCase | CompareOptions.IgnoreNonSpace);
        }

        return left is IComparable comparable && left.GetType() == right.GetType()
            ? comparable.CompareTo(right)
            : string.CompareOrdinal(left.ToString(), right.ToString());
    }

    private static object? Convert(object operand, ColumnType type)
    {
        try
        {
            return type switch
            {
                ColumnType.UniqueIdentifier or ColumnType.Lookup => operand switch
                {
                    Guid id => id,
                    EntityReference reference => reference.Id,
                    string text => Guid.Parse(text),
                    _ => null,
                },
                ColumnType.String => operand as string,
                ColumnType.Integer or ColumnType.BigInt or ColumnType.Decimal or ColumnType.Money => operand switch
                {
                    Money money => money.Value,
                    string text => decimal.Parse(text, CultureInfo.InvariantCulture),
                    IConvertible number when !(operand is bool || operand is DateTime) => number.ToDecimal(CultureInfo.InvariantCulture),
                    _ => null,
                },
                ColumnType.Double => operand switch
                {
                    string text => double.Parse(text, CultureInfo.InvariantCulture),
                    IConvertible number when !(operand is bool || operand is DateTime) => number.ToDouble(CultureInfo.InvariantCulture),
                    _ => null,
                },
                ColumnType.Boolean => operand switch
                {
                    bool flag => flag,
                    int number => number != 0,
                    string text => text is "1" || bool.Parse(text),
                    _ => null,
                },
                ColumnType.DateTime => operand switch
                {
                    DateTime time => ToUtc(time),
                    string text => ToUtc(DateTime.Parse(text, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal)),
                    _ => null,
                },
                ColumnType.Choice => operand switch
                {
                    OptionSetValue option => option.Value,
                    Enum choice => System.Convert.ToInt32(choice, CultureInfo.InvariantCulture),
                    int number => number,
                    string text => int.Parse(text, CultureInfo.InvariantCulture),
                    _ => null,
                },
                _ => null,
            };
        }
        catch (FormatException)
        {
            return null;
        }
    }

    private static DateTime ToUtc(DateTime time) => time.Kind switch
    {
        DateTimeKind.Local => time.ToUniversalTime(),
        DateTimeKind.Unspecified => DateTime.SpecifyKind(time, DateTimeKind.Utc),
        _ => time,
    };
}
