using System.Collections.Generic;
using System.Linq;
using DualWrite.Testing.Faults;
using DualWrite.Testing.Schema;
using DualWrite.Testing.Store;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;

namespace DualWrite.Testing.Messages;

/// <summary>
/// What Associate and Disassociate share: the request's parts, finding the declared relationship, and for a 1:N
/// relationship an Update of each record on the many side (so Update steps fire, as they do on the platform).
/// </summary>
internal abstract class RelationshipHandler : IMessageHandler
{
    public abstract string MessageName { get; }

    public bool HasPipeline => true;

    public MessageTarget Describe(OrganizationRequest request, MessageExecution execution)
    {
        var (table, id) = RequestTarget.Existing(RelationshipRequest.Of(request).Target, execution);
        return new MessageTarget(table, id);
    }

    public OrganizationResponse Handle(OrganizationRequest request, MessageExecution execution)
    {
        DataverseSchema schema = execution.Organization.Schema;
        var parts = RelationshipRequest.Of(request);
        if (schema.TryGetManyToMany(parts.RelationshipName, out ManyToManyRelationship? manyToMany))
        {
            var (targetColumn, relatedColumn, relatedTable) = parts.Sides(manyToMany);
            parts.RequireRelatedOf(relatedTable);
            foreach (EntityReference related in parts.Related)
            {
                Link(new IntersectLink(manyToMany, targetColumn, parts.Target, relatedColumn, related), execution);
            }
        }
        else if (schema.TryGetOneToMany(parts.RelationshipName, out OneToManyRelationship? oneToMany))
        {
            foreach (var (child, parent) in OneToManyPairs.Of(parts, oneToMany))
            {
                var update = new Entity(child.LogicalName!, child.Id);
                update.Attributes[oneToMany.ReferencingAttribute] = LookupValue(parent);
                execution.ExecuteInner(new UpdateRequest { Target = update });
            }
        }
        else
        {
            throw DataverseFault.InvalidArgument($"The relationship '{parts.RelationshipName}' is not declared; declare it with Schema.AddManyToMany or Schema.AddOneToMany.");
        }

        return new OrganizationResponse { ResponseName = MessageName };
    }

    /// <summary>Writes or removes one pair of an N:N relationship.</summary>
    protected abstract void Link(IntersectLink link, MessageExecution execution);

    /// <summary>The value a 1:N lookup gets: the parent (Associate) or nothing (Disassociate).</summary>
    protected abstract EntityReference? LookupValue(EntityReference parent);

    /// <summary>The intersect rows holding this pair.</summary>
    protected static IEnumerable<StoredRow> RowsOf(IntersectLink link, RecordStore store) =>
        store.Table(link.Relationship.IntersectEntity).All.Where(r =>
            r.Row.GetAttributeValue<EntityReference>(link.TargetColumn)?.Id == link.Target.Id
            && r.Row.GetAttributeValue<EntityReference>(link.RelatedColumn)?.Id == link.Related.Id).ToArray();
}
