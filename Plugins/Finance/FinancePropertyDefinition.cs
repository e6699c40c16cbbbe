using System;

namespace DualWrite.Plugins.Finance;

/// <summary>One property of a Finance data entity: its public name, EDM type and whether it may be null.</summary>
public sealed class FinancePropertyDefinition
{
    public FinancePropertyDefinition(string name, FinanceEdmType type, bool isNullable = true)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            throw new ArgumentException("A Finance property needs a name.", nameof(name));
        }

        Name = name;
        Type = type;
        IsNullable = isNullable;
    }

    public string Name { get; }

    public FinanceEdmType Type { get; }

    public bool IsNullable { get; }

    /// <summary>The EDM name, as $metadata writes it: "Edm.String".</summary>
    public string EdmTypeName => "Edm." + Type;
}
