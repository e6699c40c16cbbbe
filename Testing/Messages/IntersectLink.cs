using DualWrite.Testing.Schema;
using Microsoft.Xrm.Sdk;

namespace DualWrite.Testing.Messages;

/// <summary>One pair of an N:N relationship: the target and a related record, and the intersect columns that hold each.</summary>
internal sealed record IntersectLink(ManyToManyRelationship Relationship, string TargetColumn, EntityReference Target, string RelatedColumn, EntityReference Related);
