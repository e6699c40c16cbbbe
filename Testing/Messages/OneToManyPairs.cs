using System;
using System.Collections.Generic;
using System.Linq;
using DualWrite.Testing.Faults;
using DualWrite.Testing.Schema;
using Microsoft.Xrm.Sdk;

namespace DualWrite.Testing.Messages;

/// <summary>For a 1:N relationship request: each (child on the many side, parent on the one side) pair, whichever side the target is.</summary>
internal static class OneToManyPairs
{
    public static IEnumerable<(EntityReference Child, EntityReference Parent)> Of(RelationshipRequest parts, OneToManyRelationship relationship)
    {
        if (string.Equals(parts.Target.LogicalName, relationship.ReferencedEntity, StringComparison.Ordinal))
        {
            parts.RequireRelatedOf(relationship.ReferencingEntity);
            return parts.Related.Select(r => (r, parts.Target));
        }

        if (string.Equals(parts.Target.LogicalName, relationship.ReferencingEntity, StringComparison.Ordinal))
        {
            parts.RequireRelatedOf(relationship.ReferencedEntity);
            return parts.Related.Select(r => (parts.Target, r));
        }

        throw DataverseFault.InvalidArgument($"Relationship '{relationship.SchemaName}' joins {relationship.ReferencedEntity} and {relationship.ReferencingEntity}, not {parts.Target.LogicalName}.");
    }
}
