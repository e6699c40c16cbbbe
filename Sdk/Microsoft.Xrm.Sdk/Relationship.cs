using System;
using System.Runtime.Serialization;

namespace Microsoft.Xrm.Sdk;

/// <summary>A relationship by schema name; the role is needed only for self-referencing relationships.</summary>
[DataContract(Namespace = XrmNamespaces.Contracts)]
public sealed class Relationship : IExtensibleDataObject
{
    public Relationship()
    {
    }

    public Relationship(string schemaName)
    {
        SchemaName = schemaName;
    }

    [DataMember]
    public string? SchemaName { get; set; }

    [DataMember]
    public EntityRole? PrimaryEntityRole { get; set; }

    public ExtensionDataObject? ExtensionData { get; set; }

    // Schema names compare ordinally, as the platform's keys do; a role given on one side must match the other.
    public override bool Equals(object? obj) =>
        obj is Relationship other
        && string.Equals(SchemaName, other.SchemaName, StringComparison.Ordinal)
        && PrimaryEntityRole == other.PrimaryEntityRole;

    public override int GetHashCode() =>
        ((SchemaName is null ? 0 : StringComparer.Ordinal.GetHashCode(SchemaName)) * 397) ^ (PrimaryEntityRole is { } role ? (int)role + 1 : 0);

    public override string ToString() =>
        PrimaryEntityRole is { } role ? SchemaName + " (" + role + ")" : SchemaName ?? "";
}
