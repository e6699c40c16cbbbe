using System;
using System.Linq;
using DualWrite.Testing.Faults;
using DualWrite.Testing.Schema;
using Microsoft.Xrm.Sdk;

namespace DualWrite.Testing.Messages;

/// <summary>The parts of an Associate or Disassociate request: the target, the relationship and the related records, checked.</summary>
internal sealed record RelationshipRequest(EntityReference Target, string RelationshipName, EntityReference[] Related)
{
    public static RelationshipRequest Of(OrganizationRequest request)
    {
        var target = request.Parameters.TryGetValue("Target", out object? t) && t is EntityReference reference
            ? reference
            : throw DataverseFault.InvalidArgument($"{request.RequestName} needs a Target reference.");
        var relationship = request.Parameters.TryGetValue("Relationship", out object? r) && r is Relationship { SchemaName: { Length: > 0 } name }
            ? name
            : throw DataverseFault.InvalidArgument($"{request.RequestName} needs a Relationship.");
        var related = request.Parameters.TryGetValue("RelatedEntities", out object? e) && e is EntityReferenceCollection { Count: > 0 } collection
            ? collection.ToArray()
            : throw DataverseFault.InvalidArgument($"{request.RequestName} needs at least one related record.");
        return new RelationshipRequest(target, relationship, related);
    }

    /// <summary>For an N:N relationship: which intersect column holds the target and which the related record.</summary>
    public (string TargetColumn, string RelatedColumn, string RelatedTable) Sides(ManyToManyRelationship relationship) =>
        string.Equals(Target.LogicalName, relationship.Entity1, StringComparison.Ordinal)
            ? (relationship.Entity1Attribute, relationship.Entity2Attribute, relationship.Entity2)
            : string.Equals(Target.LogicalName, relationship.Entity2, StringComparison.Ordinal)
                ? (relationship.Entity2Attribute, relationship.Entity1Attribute, relationship.Entity1)
                : throw DataverseFault.InvalidArgument($"Relationship '{relationship.SchemaName}' joins {relationship.Entity1} and {relationship.Entity2}, not {Target.LogicalName}.");

    /// <summary>Checks the related records all belong to the expected table.</summary>
    public void RequireRelatedOf(string table)
    {
        EntityReference? stranger = Related.FirstOrDefault(r => !string.Equals(r.LogicalName, table, StringComparison.Ordinal));
        if (stranger is not null)
        {
            throw DataverseFault.InvalidArgument($"Relationship '{RelationshipName}' relates {Target.LogicalName} to {table}, not to {stranger.LogicalName}.");
        }
    }
}
