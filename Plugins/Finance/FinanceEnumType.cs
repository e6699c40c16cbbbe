using System;
using System.Collections.Generic;
using System.Linq;

namespace DualWrite.Plugins.Finance;

/// <summary>
/// A Finance enum (NoYes, a project stage…) as data entities expose it: an EnumType of the namespace
/// Microsoft.Dynamics.DataEntities. Finance's JSON carries a member's NAME as a string ("Stage": "InProcess"), never
/// its number, so the maps hand the client the member name as a string and the client writes it as it is.
/// </summary>
public sealed class FinanceEnumType
{
    private readonly Dictionary<string, FinanceEnumMember> _byName;

    public FinanceEnumType(string name, IReadOnlyList<FinanceEnumMember> members)
    {
        if (!ODataIdentifier.IsValid(name))
        {
            throw new ArgumentException($"'{name}' cannot name a Finance enum: use letters, digits and underscores, starting with a letter.", nameof(name));
        }

        if (members is null || members.Count == 0)
        {
            throw new ArgumentException($"Finance enum '{name}' needs at least one member.", nameof(members));
        }

        _byName = new Dictionary<string, FinanceEnumMember>(StringComparer.Ordinal);
        var values = new HashSet<int>();
        foreach (FinanceEnumMember member in members)
        {
            if (_byName.ContainsKey(member.Name))
            {
                throw new ArgumentException($"Finance enum '{name}' declares member '{member.Name}' twice.", nameof(members));
            }

            if (!values.Add(member.Value))
            {
                throw new ArgumentException($"Finance enum '{name}' gives value {member.Value} to more than one member ('{member.Name}' among them).", nameof(members));
            }

            _byName.Add(member.Name, member);
        }

        Name = name;
        Members = members.ToArray();
    }

    public string Name { get; }

    /// <summary>The name $metadata and $filter literals use: "Microsoft.Dynamics.DataEntities.NoYes".</summary>
    public string QualifiedName => FinanceEntityDefinition.SchemaNamespace + "." + Name;

    public IReadOnlyList<FinanceEnumMember> Members { get; }

    /// <summary>The member of that exact name (Finance's names are matched as written), or null.</summary>
    public FinanceEnumMember? FindMember(string name) => _byName.TryGetValue(name, out FinanceEnumMember? member) ? member : null;
}
