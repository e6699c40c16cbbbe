using System;
using DualWrite.Testing.Schema;
using DualWrite.Testing.Store;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;

namespace DualWrite.Testing.Messages;

/// <summary>Create: checks the record, gives it an id unless it has one, sets the platform's columns and stores a copy.</summary>
internal sealed class CreateHandler : IMessageHandler
{
    public string MessageName => "Create";

    public bool HasPipeline => true;

    public MessageTarget Describe(OrganizationRequest request, MessageExecution execution)
    {
        Entity target = RequestTarget.Record(request);
        TableSchema table = execution.Organization.Schema.Table(target.LogicalName);
        return new MessageTarget(table, RecordLocator.IdOf(table, target));
    }

    public OrganizationResponse Handle(OrganizationRequest request, MessageExecution execution)
    {
        InMemoryOrganization organization = execution.Organization;
        Entity target = RequestTarget.Record(request);
        TableSchema table = organization.Schema.Table(target.LogicalName);
        Guid id = RecordLocator.IdOf(table, target);
        if (id == Guid.Empty)
        {
            id = Guid.NewGuid();
        }

        Entity row = ValueCopy.Of(target);
        row.KeyAttributes.Clear();
        row.Id = id;
        row.Attributes[table.PrimaryIdAttribute] = id;
        organization.Validator.Validate(table, row);
        organization.Stamper.StampCreate(table, row, execution.UserId);
        organization.Store.Insert(row);

        // Post-operation steps see the id on the Target, as they do on the platform.
        target.Id = id;
        var response = new CreateResponse();
        response.Results["id"] = id;
        return response;
    }
}
