using System;
using System.Collections.Generic;
using DualWrite.Testing.Schema;
using DualWrite.Testing.Store;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;

namespace DualWrite.Testing.Messages;

/// <summary>
/// Upsert: by id or by alternate key, an Update of the existing row or a Create of a new one (with the key's
/// values as columns), each through its own pipeline so Create and Update steps fire as they do on the platform.
/// </summary>
internal sealed class UpsertHandler : IMessageHandler
{
    public string MessageName => "Upsert";

    public bool HasPipeline => true;

    public MessageTarget Describe(OrganizationRequest request, MessageExecution execution)
    {
        Entity target = RequestTarget.Record(request);
        TableSchema table = execution.Organization.Schema.Table(target.LogicalName);
        return new MessageTarget(table, Existing(execution, table, target) ?? Guid.Empty);
    }

    public OrganizationResponse Handle(OrganizationRequest request, MessageExecution execution)
    {
        Entity target = RequestTarget.Record(request);
        TableSchema table = execution.Organization.Schema.Table(target.LogicalName);
        Guid? existing = Existing(execution, table, target);
        Entity record = ValueCopy.Of(target);
        bool created = existing is null;
        Guid id;
        if (created)
        {
            foreach (KeyValuePair<string, object> key in target.KeyAttributes)
            {
                record.Attributes[key.Key] = ValueCopy.Of(key.Value);
            }

            record.KeyAttributes.Clear();
            id = ((CreateResponse)execution.ExecuteInner(new CreateRequest { Target = record })).id;
        }
        else
        {
            id = existing!.Value;
            record.KeyAttributes.Clear();
            record.Id = id;
            execution.ExecuteInner(new UpdateRequest { Target = record });
        }

        var response = new UpsertResponse();
        response.Results["RecordCreated"] = created;
        response.Results["Target"] = new EntityReference(table.LogicalName, id);
        return response;
    }

    private static Guid? Existing(MessageExecution execution, TableSchema table, Entity target)
    {
        RecordStore store = execution.Organization.Store;
        Guid? id = RecordLocator.Find(store, table, RecordLocator.IdOf(table, target), target.KeyAttributes);
        return id is { } found && store.Find(table.LogicalName, found) is not null ? found : null;
    }
}
