using System;

namespace DualWrite.Plugins.Finance;

/// <summary>One member of a Finance enum: its name (what the JSON and $filter carry) and its number (what CSDL declares).</summary>
public sealed class FinanceEnumMember
{
    public FinanceEnumMember(string name, int value)
    {
        if (!ODataIdentifier.IsValid(name))
        {
            throw new ArgumentException($"'{name}' cannot name a Finance enum member: use letters, digits and underscores, starting with a letter.", nameof(name));
        }

        Name = name;
        Value = value;
    }

    public string Name { get; }

    public int Value { get; }
}
