using System.Collections.Generic;
using DualWrite.Schema.Dataverse;

namespace DualWrite.Testing.Schema;

/// <summary>
/// What a column's metadata allows beyond its type: the longest text, the smallest and largest number and its
/// precision, the values of a choice, a date's behaviour. A limit left null is not checked, so a table declared by
/// hand without limits behaves as before; tables declared from the recorded schema carry the platform's.
/// </summary>
public sealed class ColumnLimits
{
    public static ColumnLimits None { get; } = new();

    /// <summary>String: the most characters a value may have.</summary>
    public int? MaxLength { get; init; }

    /// <summary>Integer, BigInt, Decimal, Double, Money: the smallest value.</summary>
    public decimal? MinValue { get; init; }

    /// <summary>Integer, BigInt, Decimal, Double, Money: the largest value.</summary>
    public decimal? MaxValue { get; init; }

    /// <summary>Decimal, Double, Money: digits kept after the decimal point.</summary>
    public int? Precision { get; init; }

    /// <summary>Choice and Choices: the option values the column has; any other value is refused.</summary>
    public IReadOnlySet<int>? AllowedValues { get; init; }

    /// <summary>DateTime: how the platform keeps the value.</summary>
    public DateTimeBehavior? DateTimeBehavior { get; init; }
}
