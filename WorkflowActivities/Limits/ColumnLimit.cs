using System.Collections.Generic;

namespace DualWrite.WorkflowActivities.Limits;

/// <summary>What one column accepts: the longest text, the smallest and largest number, or the values of a choice.</summary>
internal sealed class ColumnLimit
{
    public ColumnLimit(string table, string column, ColumnKind kind, int? maxLength = null, decimal? minimum = null, decimal? maximum = null, IReadOnlyCollection<int>? options = null)
    {
        Table = table;
        Column = column;
        Kind = kind;
        MaxLength = maxLength;
        Minimum = minimum ?? DefaultMinimum(kind);
        Maximum = maximum ?? DefaultMaximum(kind);
        Options = options ?? [];
    }

    public string Table { get; }

    public string Column { get; }

    public ColumnKind Kind { get; }

    /// <summary>Text: the most characters; null when the schema records none.</summary>
    public int? MaxLength { get; }

    /// <summary>Numbers: the recorded minimum, else the platform's for the type.</summary>
    public decimal Minimum { get; }

    public decimal Maximum { get; }

    /// <summary>Choices: every value the column has.</summary>
    public IReadOnlyCollection<int> Options { get; }

    private static decimal DefaultMinimum(ColumnKind kind) => kind switch
    {
        ColumnKind.Money => PlatformLimits.MoneyMinimum,
        ColumnKind.Decimal => PlatformLimits.DecimalMinimum,
        ColumnKind.WholeNumber => PlatformLimits.IntegerMinimum,
        _ => 0m,
    };

    private static decimal DefaultMaximum(ColumnKind kind) => kind switch
    {
        ColumnKind.Money => PlatformLimits.MoneyMaximum,
        ColumnKind.Decimal => PlatformLimits.DecimalMaximum,
        ColumnKind.WholeNumber => PlatformLimits.IntegerMaximum,
        _ => 0m,
    };
}
