using System;
using System.Linq;
using DualWrite.Testing.Faults;
using DualWrite.Testing.Schema;
using Microsoft.Xrm.Sdk;

namespace DualWrite.Testing.Messages;

/// <summary>Associate: an intersect row per N:N pair (a pair associated twice is refused), or the 1:N lookup set.</summary>
internal sealed class AssociateHandler : RelationshipHandler
{
    public override string MessageName => "Associate";

    protected override void Link(IntersectLink link, MessageExecution execution)
    {
        InMemoryOrganization organization = execution.Organization;
        if (RowsOf(link, organization.Store).Any())
        {
            throw DataverseFault.Create(ErrorCodes.DuplicateRecord,
                $"Cannot insert duplicate key. {link.Target.LogicalName} {link.Target.Id:D} and {link.Related.LogicalName} {link.Related.Id:D} are already associated through '{link.Relationship.SchemaName}'.");
        }

        TableSchema intersect = organization.Schema.Table(link.Relationship.IntersectEntity);
        var row = new Entity(intersect.LogicalName, Guid.NewGuid());
        row.Attributes[intersect.PrimaryIdAttribute] = row.Id;
        row.Attributes[link.TargetColumn] = new EntityReference(link.Target.LogicalName!, link.Target.Id);
        row.Attributes[link.RelatedColumn] = new EntityReference(link.Related.LogicalName!, link.Related.Id);
        organization.Validator.Validate(intersect, row);
        organization.Stamper.StampCreate(intersect, row, execution.UserId);
        organization.Store.Insert(row);
    }

    protected override EntityReference? LookupValue(EntityReference parent) => new(parent.LogicalName!, parent.Id);
}
