using System;
using System.Collections.Generic;
using DualWrite.Testing.Schema;
using DualWrite.Testing.Store;
using Microsoft.Xrm.Sdk;

namespace DualWrite.Testing.Messages;

/// <summary>Update: merges the columns the Target holds into the stored row; the columns the platform owns stay the platform's.</summary>
internal sealed class UpdateHandler : IMessageHandler
{
    private static readonly HashSet<string> s_platformColumns = new(StringComparer.Ordinal)
    {
        StandardColumns.CreatedOn, StandardColumns.CreatedBy, StandardColumns.ModifiedOn, StandardColumns.ModifiedBy, StandardColumns.VersionNumber,
    };

    public string MessageName => "Update";

    public bool HasPipeline => true;

    public MessageTarget Describe(OrganizationRequest request, MessageExecution execution)
    {
        Entity target = RequestTarget.Record(request);
        TableSchema table = execution.Organization.Schema.Table(target.LogicalName);
        Guid id = RecordLocator.Require(execution.Organization.Store, table, RecordLocator.IdOf(table, target), target.KeyAttributes);
        target.Id = id;
        return new MessageTarget(table, id);
    }

    public OrganizationResponse Handle(OrganizationRequest request, MessageExecution execution)
    {
        InMemoryOrganization organization = execution.Organization;
        Entity target = RequestTarget.Record(request);
        TableSchema table = organization.Schema.Table(target.LogicalName);
        Guid id = RecordLocator.Require(organization.Store, table, RecordLocator.IdOf(table, target), target.KeyAttributes);
        Entity changes = ValueCopy.Of(target);
        changes.Id = id;
        organization.Validator.Validate(table, changes);

        Entity row = ValueCopy.Of(organization.Store.Find(table.LogicalName, id)!);
        foreach (KeyValuePair<string, object?> change in changes.Attributes)
        {
            if (!s_platformColumns.Contains(change.Key))
            {
                row.Attributes[change.Key] = change.Value;
            }
        }

        row.Attributes[table.PrimaryIdAttribute] = id;
        organization.Stamper.StampUpdate(row, execution.UserId);
        organization.Store.Replace(row);
        return new OrganizationResponse { ResponseName = MessageName };
    }
}
