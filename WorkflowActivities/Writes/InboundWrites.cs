using System;
using System.Collections.Generic;
using DualWrite.Common.Sync;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;
using Microsoft.Xrm.Sdk.Query;

namespace DualWrite.WorkflowActivities.Writes;

/// <summary>
/// Every write the activities make, tagged with <see cref="SyncTag.Inbound"/> through the request's optional "tag"
/// parameter: the outbound plug-ins see the tag as a shared variable and do not send the write back to Finance.
/// </summary>
internal static class InboundWrites
{
    public static Guid Create(IOrganizationService service, Entity record) =>
        ((CreateResponse)service.Execute(SyncTag.MarkInbound(new CreateRequest { Target = record }))).id;

    public static void Update(IOrganizationService service, Entity record) =>
        service.Execute(SyncTag.MarkInbound(new UpdateRequest { Target = record }));

    /// <summary>
    /// Updates the record its alternate key values find, or creates it with them. Done as a tagged Create or Update
    /// rather than an Upsert request, so the steps that fire are the Create or Update steps of the tagged request
    /// itself, not of an inner operation that the tag may not reach.
    /// </summary>
    public static InboundWriteResult Upsert(IOrganizationService service, Entity record)
    {
        string table = record.LogicalName ?? throw new ArgumentException("The record has no table.", nameof(record));
        var query = new QueryExpression(table) { ColumnSet = new ColumnSet(false), TopCount = 2 };
        foreach (KeyValuePair<string, object> key in record.KeyAttributes)
        {
            query.Criteria.AddCondition(key.Key, ConditionOperator.Equal, key.Value is EntityReference reference ? reference.Id : key.Value);
        }

        DataCollection<Entity> found = service.RetrieveMultiple(query).Entities;
        if (found.Count > 1)
        {
            throw new InvalidPluginExecutionException($"Several {record.LogicalName} rows have the key {Describe(record.KeyAttributes)}; the import cannot tell which to update.");
        }

        var write = new Entity(table);
        foreach (KeyValuePair<string, object?> column in record.Attributes)
        {
            write[column.Key] = column.Value;
        }

        if (found.Count == 1)
        {
            write.Id = found[0].Id;
            Update(service, write);
            return new InboundWriteResult(new EntityReference(table, write.Id), created: false);
        }

        foreach (KeyValuePair<string, object> key in record.KeyAttributes)
        {
            write[key.Key] = key.Value;
        }

        return new InboundWriteResult(new EntityReference(table, Create(service, write)), created: true);
    }

    private static string Describe(KeyAttributeCollection keys)
    {
        var parts = new List<string>();
        foreach (KeyValuePair<string, object> key in keys)
        {
            parts.Add($"{key.Key} = {(key.Value is EntityReference reference ? reference.Id.ToString("D") : key.Value)}");
        }

        return string.Join(", ", parts);
    }
}
