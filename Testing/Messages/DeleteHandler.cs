using System;
using System.Linq;
using DualWrite.Testing.Schema;
using DualWrite.Testing.Store;
using Microsoft.Xrm.Sdk;

namespace DualWrite.Testing.Messages;

/// <summary>Delete: applies the delete behaviour of the relationships pointing at the row, then removes the row and its N:N associations.</summary>
internal sealed class DeleteHandler : IMessageHandler
{
    public string MessageName => "Delete";

    public bool HasPipeline => true;

    public MessageTarget Describe(OrganizationRequest request, MessageExecution execution) => RequestTarget.DescribeExisting(request, execution);

    public void ApplyToRelatedRows(OrganizationRequest request, MessageExecution execution)
    {
        var (table, id) = RequestTarget.Existing(RequestTarget.Reference(request), execution);
        DeleteCascade.Apply(table, id, execution);
    }

    public OrganizationResponse Handle(OrganizationRequest request, MessageExecution execution)
    {
        InMemoryOrganization organization = execution.Organization;
        var (table, id) = RequestTarget.Existing(RequestTarget.Reference(request), execution);
        organization.Store.Remove(table.LogicalName, id);
        foreach (ManyToManyRelationship relationship in organization.Schema.ManyToManyRelationships)
        {
            foreach (string column in new[] { relationship.Entity1 == table.LogicalName ? relationship.Entity1Attribute : null, relationship.Entity2 == table.LogicalName ? relationship.Entity2Attribute : null }.OfType<string>())
            {
                foreach (StoredRow link in organization.Store.Table(relationship.IntersectEntity).All.Where(r => r.Row.GetAttributeValue<EntityReference>(column)?.Id == id).ToArray())
                {
                    organization.Store.Remove(relationship.IntersectEntity, link.Row.Id);
                }
            }
        }

        return new OrganizationResponse { ResponseName = MessageName };
    }
}
