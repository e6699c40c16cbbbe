using System;
using System.Collections.Generic;
using System.Linq;

namespace DualWrite.Schema.Dataverse;

/// <summary>One recorded Dataverse table (Schema/Dataverse/&lt;table&gt;.json): its names, columns, keys and provenance.</summary>
public sealed class RecordedTable
{
    private readonly Dictionary<string, RecordedAttribute> _byName;

    internal RecordedTable(string file, string logicalName, Provenance provenance, IReadOnlyList<RecordedAttribute> attributes, IReadOnlyList<RecordedKey> keys)
    {
        File = file;
        LogicalName = logicalName;
        Provenance = provenance;
        Attributes = attributes;
        Keys = keys;
        _byName = attributes.ToDictionary(a => a.LogicalName, StringComparer.Ordinal);
    }

    /// <summary>The file the table was read from ("msdyn_actual.json").</summary>
    public string File { get; }

    public string LogicalName { get; }

    public string? EntitySetName { get; internal init; }

    public string PrimaryIdAttribute { get; internal init; } = string.Empty;

    public string? PrimaryNameAttribute { get; internal init; }

    /// <summary>"UserOwned" or "OrganizationOwned" (user-owned tables get ownerid).</summary>
    public string OwnershipType { get; internal init; } = "UserOwned";

    public bool IsUserOwned => string.Equals(OwnershipType, "UserOwned", StringComparison.Ordinal) || string.Equals(OwnershipType, "TeamOwned", StringComparison.Ordinal);

    /// <summary>The table's own provenance; it covers every name of the table without one of its own.</summary>
    public Provenance Provenance { get; }

    /// <summary>Every column, the recorded ones in file order followed by the system columns the reader adds.</summary>
    public IReadOnlyList<RecordedAttribute> Attributes { get; }

    public IReadOnlyList<RecordedKey> Keys { get; }

    public bool TryGetAttribute(string logicalName, out RecordedAttribute attribute) => _byName.TryGetValue(logicalName, out attribute!);

    /// <summary>
    /// The names of this table no source confirms: "table" for the table, "table.column", "table.column=value" for
    /// one option, "table.key" for an alternate key.
    /// </summary>
    public IEnumerable<string> UnconfirmedNames()
    {
        if (!Provenance.IsConfirmed)
        {
            yield return LogicalName;
        }

        foreach (RecordedAttribute attribute in Attributes)
        {
            if (!attribute.Provenance.IsInherited && !attribute.Provenance.IsConfirmed)
            {
                yield return LogicalName + "." + attribute.LogicalName;
            }

            foreach (RecordedOption option in attribute.Options.Where(o => !o.Provenance.IsInherited && !o.Provenance.IsConfirmed))
            {
                yield return $"{LogicalName}.{attribute.LogicalName}={option.Value}";
            }
        }

        foreach (RecordedKey key in Keys.Where(k => !k.Provenance.IsInherited && !k.Provenance.IsConfirmed))
        {
            yield return LogicalName + "." + key.LogicalName;
        }
    }

    public override string ToString() => LogicalName;
}
