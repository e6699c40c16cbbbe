using System;
using System.Collections.Generic;

namespace DualWrite.Common.Tables;

/// <summary>A column of one of the project's own tables, as the solution defines it and the code writes it.</summary>
internal sealed class ColumnDefinition
{
    private ColumnDefinition(string logicalName, string displayName, string description, ColumnType type, bool isRequired, int maxLength, IReadOnlyList<ChoiceOption> options)
    {
        if (string.IsNullOrWhiteSpace(logicalName) || logicalName != logicalName.ToLowerInvariant())
        {
            throw new ArgumentException($"Column '{logicalName}': a logical name is lower case and not empty.", nameof(logicalName));
        }

        LogicalName = logicalName;
        DisplayName = displayName;
        Description = description;
        Type = type;
        IsRequired = isRequired;
        MaxLength = maxLength;
        Options = options;
    }

    public string LogicalName { get; }

    public string DisplayName { get; }

    public string Description { get; }

    public ColumnType Type { get; }

    /// <summary>Business required: the code always writes it.</summary>
    public bool IsRequired { get; }

    /// <summary>The maximum length in characters of a text column; 0 for other types.</summary>
    public int MaxLength { get; }

    /// <summary>The values of a choice column; empty for other types.</summary>
    public IReadOnlyList<ChoiceOption> Options { get; }

    public static ColumnDefinition Text(string logicalName, string displayName, string description, int maxLength, bool isRequired = false) =>
        maxLength is >= 1 and <= 4000
            ? new ColumnDefinition(logicalName, displayName, description, ColumnType.Text, isRequired, maxLength, [])
            : throw new ArgumentOutOfRangeException(nameof(maxLength), $"Column '{logicalName}': a single line of text holds 1 to 4,000 characters, not {maxLength}.");

    public static ColumnDefinition MultilineText(string logicalName, string displayName, string description, int maxLength) =>
        maxLength is >= 1 and <= 1048576
            ? new ColumnDefinition(logicalName, displayName, description, ColumnType.MultilineText, false, maxLength, [])
            : throw new ArgumentOutOfRangeException(nameof(maxLength), $"Column '{logicalName}': multiple lines of text hold 1 to 1,048,576 characters, not {maxLength}.");

    public static ColumnDefinition WholeNumber(string logicalName, string displayName, string description) =>
        new(logicalName, displayName, description, ColumnType.WholeNumber, false, 0, []);

    public static ColumnDefinition DateAndTime(string logicalName, string displayName, string description) =>
        new(logicalName, displayName, description, ColumnType.DateAndTime, false, 0, []);

    public static ColumnDefinition Choice(string logicalName, string displayName, string description, bool isRequired, params ChoiceOption[] options)
    {
        if (options.Length == 0)
        {
            throw new ArgumentException($"Column '{logicalName}': a choice needs options.", nameof(options));
        }

        var values = new HashSet<int>();
        foreach (ChoiceOption option in options)
        {
            if (option.Value / 10000 != OptionValues.PublisherPrefix || !values.Add(option.Value))
            {
                throw new ArgumentException($"Column '{logicalName}': option '{option.Label}' has value {option.Value}, which is a duplicate or lacks the publisher prefix {OptionValues.PublisherPrefix}.", nameof(options));
            }
        }

        return new ColumnDefinition(logicalName, displayName, description, ColumnType.Choice, isRequired, 0, options);
    }
}
