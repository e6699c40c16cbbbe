using System;

namespace DualWrite.Testing.Schema;

/// <summary>
/// An N:N relationship. Associate and Disassociate write rows of its intersect table (two lookups, one to
/// each side), so a query can join through it like any other table.
/// </summary>
public sealed class ManyToManyRelationship
{
    public ManyToManyRelationship(string schemaName, string entity1, string entity2, string? intersectEntity = null)
    {
        if (string.IsNullOrWhiteSpace(schemaName) || string.IsNullOrWhiteSpace(entity1) || string.IsNullOrWhiteSpace(entity2))
        {
            throw new ArgumentException("An N:N relationship needs a schema name and both tables.");
        }

        SchemaName = schemaName;
        Entity1 = entity1;
        Entity2 = entity2;
        IntersectEntity = intersectEntity ?? schemaName.ToLowerInvariant();
        bool selfReferencing = string.Equals(entity1, entity2, StringComparison.Ordinal);
        Entity1Attribute = selfReferencing ? entity1 + "idone" : entity1 + "id";
        Entity2Attribute = selfReferencing ? entity2 + "idtwo" : entity2 + "id";
    }

    public string SchemaName { get; }

    public string Entity1 { get; }

    public string Entity2 { get; }

    public string IntersectEntity { get; }

    public string Entity1Attribute { get; }

    public string Entity2Attribute { get; }
}
