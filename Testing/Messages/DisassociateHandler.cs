using System.Linq;
using DualWrite.Testing.Faults;
using DualWrite.Testing.Schema;
using DualWrite.Testing.Store;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;

namespace DualWrite.Testing.Messages;

/// <summary>Disassociate: removes the intersect rows of an N:N relationship, or clears the lookup of a 1:N one (through an Update).</summary>
internal sealed class DisassociateHandler : IMessageHandler
{
    public string MessageName => "Disassociate";

    public bool HasPipeline => true;

    public MessageTarget Describe(OrganizationRequest request, MessageExecution execution)
    {
        EntityReference target = RelationshipRequest.Of(request).Target;
        TableSchema table = execution.Organization.Schema.Table(target.LogicalName);
        return new MessageTarget(table, RecordLocator.Require(execution.Organization.Store, table, target.Id, target.KeyAttributes));
    }

    public OrganizationResponse Handle(OrganizationRequest request, MessageExecution execution)
    {
        InMemoryOrganization organization = execution.Organization;
        var parts = RelationshipRequest.Of(request);
        if (organization.Schema.TryGetManyToMany(parts.RelationshipName, out ManyToManyRelationship? manyToMany))
        {
            var (targetColumn, relatedColumn, relatedTable) = parts.Sides(manyToMany);
            parts.RequireRelatedOf(relatedTable);
            foreach (EntityReference related in parts.Related)
            {
                foreach (StoredRow link in organization.Store.Table(manyToMany.IntersectEntity).All.Where(r =>
                    r.Row.GetAttributeValue<EntityReference>(targetColumn)?.Id == parts.Target.Id && r.Row.GetAttributeValue<EntityReference>(relatedColumn)?.Id == related.Id).ToArray())
                {
                    organization.Store.Remove(manyToMany.IntersectEntity, link.Row.Id);
                }
            }
        }
        else if (organization.Schema.TryGetOneToMany(parts.RelationshipName, out OneToManyRelationship? oneToMany))
        {
            foreach (var (child, _) in OneToManyPairs.Of(parts, oneToMany))
            {
                var update = new Entity(child.LogicalName!, child.Id);
                update.Attributes[oneToMany.ReferencingAttribute] = null;
                execution.ExecuteInner(new UpdateRequest { Target = update });
            }
        }
        else
        {
            throw DataverseFault.InvalidArgument($"The relationship '{parts.RelationshipName}' is not declared; declare it with Schema.AddManyToMany or Schema.AddOneToMany.");
        }

        return new OrganizationResponse { ResponseName = MessageName };
    }
}
