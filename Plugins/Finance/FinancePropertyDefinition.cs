using System;

namespace DualWrite.Plugins.Finance;

/// <summary>One property of a Finance data entity: its public name, EDM type (a primitive or a Finance enum) and whether it may be null.</summary>
public sealed class FinancePropertyDefinition
{
    public FinancePropertyDefinition(string name, FinanceEdmType type, bool isNullable = true)
        : this(name, type, null, isNullable)
    {
        if (type == FinanceEdmType.Enum)
        {
            throw new ArgumentException($"Finance property '{name}' is an enum: define it with its {nameof(FinanceEnumType)}, which names the enum and its members.", nameof(type));
        }
    }

    /// <summary>A property typed by a Finance enum: its values are the enum's member names.</summary>
    public FinancePropertyDefinition(string name, FinanceEnumType enumType, bool isNullable = true)
        : this(name, FinanceEdmType.Enum, enumType ?? throw new ArgumentNullException(nameof(enumType), $"Finance property '{name}' needs its enum type."), isNullable)
    {
    }

    private FinancePropertyDefinition(string name, FinanceEdmType type, FinanceEnumType? enumType, bool isNullable)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            throw new ArgumentException("A Finance property needs a name.", nameof(name));
        }

        Name = name;
        Type = type;
        EnumType = enumType;
        IsNullable = isNullable;
    }

    public string Name { get; }

    public FinanceEdmType Type { get; }

    /// <summary>The enum when <see cref="Type"/> is <see cref="FinanceEdmType.Enum"/>; null otherwise.</summary>
    public FinanceEnumType? EnumType { get; }

    public bool IsNullable { get; }

    /// <summary>The type's name as $metadata writes it: "Edm.String", or "Microsoft.Dynamics.DataEntities.NoYes" for an enum.</summary>
    public string EdmTypeName => EnumType?.QualifiedName ?? "Edm." + Type;
}
