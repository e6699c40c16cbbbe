using System;
using DualWrite.Plugins.Finance;
using DualWrite.Plugins.Maps.Values;

namespace DualWrite.Plugins.Maps;

/// <summary>One Finance field of a map: its name and type in Finance, where its value comes from, and its direction.</summary>
public sealed class FieldMap
{
    private FieldMap(string financeName, FinanceEdmType type, FinanceEnumType? enumType, SourceValue source, FieldDirection direction, bool isNullable)
    {
        FinanceName = string.IsNullOrWhiteSpace(financeName) ? throw new ArgumentException("A field map needs a Finance field name.", nameof(financeName)) : financeName;
        Type = type;
        EnumType = enumType;
        Source = source ?? throw new ArgumentNullException(nameof(source));
        Direction = direction;
        IsNullable = isNullable;
    }

    public string FinanceName { get; }

    public FinanceEdmType Type { get; }

    public FinanceEnumType? EnumType { get; }

    public SourceValue Source { get; }

    public FieldDirection Direction { get; }

    /// <summary>Whether Finance accepts no value (key fields never do).</summary>
    public bool IsNullable { get; }

    public static FieldMap To(string financeName, FinanceEdmType type, SourceValue source) => new(financeName, type, null, source, FieldDirection.ToFinance, true);

    public static FieldMap To(string financeName, FinanceEnumType enumType, SourceValue source) => new(financeName, FinanceEdmType.Enum, enumType, source, FieldDirection.ToFinance, true);

    /// <summary>A key field: always sent, never empty.</summary>
    public static FieldMap Key(string financeName, FinanceEdmType type, SourceValue source) => new(financeName, type, null, source, FieldDirection.ToFinance, false);

    /// <summary>A field Finance declares not nullable: always sent, and a record without a value is refused, naming the field.</summary>
    public static FieldMap Required(string financeName, FinanceEdmType type, SourceValue source) => new(financeName, type, null, source, FieldDirection.ToFinance, false);

    public static FieldMap From(string financeName, FinanceEdmType type, SourceValue target) => new(financeName, type, null, target, FieldDirection.FromFinance, true);

    /// <summary>The property Finance's $metadata declares for this field.</summary>
    public FinancePropertyDefinition ToProperty() =>
        EnumType is null ? new FinancePropertyDefinition(FinanceName, Type, IsNullable) : new FinancePropertyDefinition(FinanceName, EnumType, IsNullable);
}
