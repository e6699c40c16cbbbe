using System;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace DualWrite.Tests.Support.Doubles;

/// <summary>An organization service that only knows whose it is: the base-class tests check which user each service runs as.</summary>
internal sealed class UserBoundOrganizationService : IOrganizationService
{
    public UserBoundOrganizationService(Guid? userId)
    {
        UserId = userId;
    }

    public Guid? UserId { get; }

    public Guid Create(Entity entity) => throw NotPartOfTheseTests();

    public Entity Retrieve(string entityName, Guid id, ColumnSet columnSet) => throw NotPartOfTheseTests();

    public void Update(Entity entity) => throw NotPartOfTheseTests();

    public void Delete(string entityName, Guid id) => throw NotPartOfTheseTests();

    public OrganizationResponse Execute(OrganizationRequest request) => throw NotPartOfTheseTests();

    public void Associate(string entityName, Guid entityId, Relationship relationship, EntityReferenceCollection relatedEntities) => throw NotPartOfTheseTests();

    public void Disassociate(string entityName, Guid entityId, Relationship relationship, EntityReferenceCollection relatedEntities) => throw NotPartOfTheseTests();

    public EntityCollection RetrieveMultiple(QueryBase query) => throw NotPartOfTheseTests();

    private static NotSupportedException NotPartOfTheseTests() => new("Data operations belong to the in-memory Dataverse tests, not to the base-class tests.");
}
