using System.Collections.Generic;

namespace DualWrite.Schema.Dataverse;

/// <summary>An alternate key of a recorded table: its name and the columns it is made of.</summary>
public sealed class RecordedKey
{
    internal RecordedKey(string logicalName, IReadOnlyList<string> keyAttributes, Provenance provenance)
    {
        LogicalName = logicalName;
        KeyAttributes = keyAttributes;
        Provenance = provenance;
    }

    public string LogicalName { get; }

    public IReadOnlyList<string> KeyAttributes { get; }

    public Provenance Provenance { get; }

    public override string ToString() => $"{LogicalName} ({string.Join(", ", KeyAttributes)})";
}
