using System;
using System.Linq;
using DualWrite.Testing.Faults;
using DualWrite.Testing.Schema;
using DualWrite.Testing.Store;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;

namespace DualWrite.Testing.Messages;

/// <summary>
/// Associate: for an N:N relationship, a row in the intersect table per related record (a pair associated twice
/// is refused); for a 1:N relationship, an Update setting the lookup of the record on the many side.
/// </summary>
internal sealed class AssociateHandler : IMessageHandler
{
    public string MessageName => "Associate";

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
            TableSchema intersect = organization.Schema.Table(manyToMany.IntersectEntity);
            foreach (EntityReference related in parts.Related)
            {
                bool exists = organization.Store.Table(intersect.LogicalName).All.Any(r =>
                    r.Row.GetAttributeValue<EntityReference>(targetColumn)?.Id == parts.Target.Id && r.Row.GetAttributeValue<EntityReference>(relatedColumn)?.Id == related.Id);
                if (exists)
                {
                    throw DataverseFault.Create(ErrorCodes.DuplicateRecord, $"Cannot insert duplicate key. {parts.Target.LogicalName} {parts.Target.Id:D} and {related.LogicalName} {related.Id:D} are already associated through '{manyToMany.SchemaName}'.");
                }

                var row = new Entity(intersect.LogicalName, Guid.NewGuid());
                row.Attributes[intersect.PrimaryIdAttribute] = row.Id;
                row.Attributes[targetColumn] = new EntityReference(parts.Target.LogicalName!, parts.Target.Id);
                row.Attributes[relatedColumn] = new EntityReference(related.LogicalName!, related.Id);
                organization.Validator.Validate(intersect, row);
                organization.Stamper.StampCreate(intersect, row, execution.UserId);
                organization.Store.Insert(row);
            }
        }
        else if (organization.Schema.TryGetOneToMany(parts.RelationshipName, out OneToManyRelationship? oneToMany))
        {
            foreach (var (child, parent) in OneToManyPairs.Of(parts, oneToMany))
            {
                var update = new Entity(child.LogicalName!, child.Id);
                update.Attributes[oneToMany.ReferencingAttribute] = new EntityReference(parent.LogicalName!, parent.Id);
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
