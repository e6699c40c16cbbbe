using System;
using System.Collections.Generic;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;
using Microsoft.Xrm.Sdk.Query;

namespace DualWrite.Benchmarks.Setup;

/// <summary>
/// A benchmark-only organization service that answers the outbound plug-in's hot path from memory, so the
/// in-process benchmark can show the plug-in's own cost apart from the in-memory Dataverse's: Retrieve from rows
/// taken from the organization beforehand, RetrieveMultiple of a table with the rows given for it, and Upsert
/// accepted without storing. Anything else goes to the organization service it wraps.
/// </summary>
public sealed class CannedOrganizationService : IOrganizationService
{
    private static readonly UpsertResponse s_upserted = new();

    private readonly IOrganizationService _organization;
    private readonly Dictionary<(string Table, Guid Id), Entity> _rows = [];
    private readonly Dictionary<string, EntityCollection> _queries = new(StringComparer.Ordinal);

    public CannedOrganizationService(IOrganizationService organization)
    {
        _organization = organization ?? throw new ArgumentNullException(nameof(organization));
    }

    /// <summary>How many calls went to the wrapped organization service.</summary>
    public int PassedOn { get; private set; }

    /// <summary>Retrieve answers with this row (as the organization holds it now, every column).</summary>
    public void AnswerRetrieveOf(EntityReference record) =>
        _rows[(record.LogicalName!, record.Id)] = _organization.Retrieve(record.LogicalName!, record.Id, new ColumnSet(true));

    /// <summary>RetrieveMultiple of <paramref name="table"/> answers with these rows, whatever the criteria.</summary>
    public void AnswerQueriesOf(string table, params Entity[] rows) => _queries[table] = new EntityCollection(rows) { EntityName = table };

    public Entity Retrieve(string entityName, Guid id, ColumnSet columnSet) =>
        _rows.TryGetValue((entityName, id), out Entity? row) ? row : PassOn(() => _organization.Retrieve(entityName, id, columnSet));

    public EntityCollection RetrieveMultiple(QueryBase query) =>
        query is QueryExpression { EntityName: { } table } && _queries.TryGetValue(table, out EntityCollection? rows) ? rows : PassOn(() => _organization.RetrieveMultiple(query));

    public OrganizationResponse Execute(OrganizationRequest request) =>
        request is UpsertRequest ? s_upserted : PassOn(() => _organization.Execute(request));

    public Guid Create(Entity entity) => PassOn(() => _organization.Create(entity));

    public void Update(Entity entity) => PassOn(() => Done(() => _organization.Update(entity)));

    public void Delete(string entityName, Guid id) => PassOn(() => Done(() => _organization.Delete(entityName, id)));

    public void Associate(string entityName, Guid entityId, Relationship relationship, EntityReferenceCollection relatedEntities) =>
        PassOn(() => Done(() => _organization.Associate(entityName, entityId, relationship, relatedEntities)));

    public void Disassociate(string entityName, Guid entityId, Relationship relationship, EntityReferenceCollection relatedEntities) =>
        PassOn(() => Done(() => _organization.Disassociate(entityName, entityId, relationship, relatedEntities)));

    private static bool Done(Action action)
    {
        action();
        return true;
    }

    private T PassOn<T>(Func<T> call)
    {
        PassedOn++;
        return call();
    }
}
