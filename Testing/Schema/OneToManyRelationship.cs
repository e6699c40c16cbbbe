using System;

namespace DualWrite.Testing.Schema;

/// <summary>
/// A 1:N relationship: a lookup column on the referencing (many) table. Associate sets the lookup, Disassociate clears
/// it; what deleting the referenced row does is the lookup column's <see cref="ColumnSchema.OnDelete"/>.
/// </summary>
public sealed class OneToManyRelationship
{
    public OneToManyRelationship(string schemaName, string referencedEntity, string referencingEntity, string referencingAttribute)
    {
        if (string.IsNullOrWhiteSpace(schemaName) || string.IsNullOrWhiteSpace(referencedEntity) || string.IsNullOrWhiteSpace(referencingEntity) || string.IsNullOrWhiteSpace(referencingAttribute))
        {
            throw new ArgumentException("A 1:N relationship needs a schema name, both tables and the lookup column.");
        }

        SchemaName = schemaName;
        ReferencedEntity = referencedEntity;
        ReferencingEntity = referencingEntity;
        ReferencingAttribute = referencingAttribute;
    }

    public string SchemaName { get; }

    /// <summary>The "one" side: the table the lookup points at.</summary>
    public string ReferencedEntity { get; }

    /// <summary>The "many" side: the table holding the lookup.</summary>
    public string ReferencingEntity { get; }

    public string ReferencingAttribute { get; }
}
