using System;
using DualWrite.Testing.Pipeline;
using DualWrite.Testing.Store;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;
using Microsoft.Xrm.Sdk.Query;

namespace DualWrite.Testing.Services;

/// <summary>
/// An organization service bound to one user (and, inside an execution, to the context it is called from). Every
/// call is a request through the event pipeline, as on the platform; records are copied in and out.
/// </summary>
public sealed class OrganizationService : IOrganizationService
{
    private readonly InMemoryOrganization _organization;
    private readonly Caller _caller;

    internal OrganizationService(InMemoryOrganization organization, Caller caller)
    {
        _organization = organization;
        _caller = caller;
    }

    /// <summary>The user the service runs as.</summary>
    public Guid UserId => _caller.UserId;

    /// <summary>The user who started the chain of operations this service belongs to.</summary>
    public Guid InitiatingUserId => _caller.InitiatingUserId;

    public Guid Create(Entity entity) =>
        ((CreateResponse)Execute(new CreateRequest { Target = ValueCopy.Of(Require(entity, nameof(entity))) })).id;

    public Entity Retrieve(string entityName, Guid id, ColumnSet columnSet) =>
        ((RetrieveResponse)Execute(new RetrieveRequest { Target = new EntityReference(entityName, id), ColumnSet = columnSet })).Entity!;

    public void Update(Entity entity) => Execute(new UpdateRequest { Target = ValueCopy.Of(Require(entity, nameof(entity))) });

    public void Delete(string entityName, Guid id) => Execute(new DeleteRequest { Target = new EntityReference(entityName, id) });

    public void Associate(string entityName, Guid entityId, Relationship relationship, EntityReferenceCollection relatedEntities) =>
        Execute(new AssociateRequest { Target = new EntityReference(entityName, entityId), Relationship = relationship, RelatedEntities = relatedEntities });

    public void Disassociate(string entityName, Guid entityId, Relationship relationship, EntityReferenceCollection relatedEntities) =>
        Execute(new DisassociateRequest { Target = new EntityReference(entityName, entityId), Relationship = relationship, RelatedEntities = relatedEntities });

    public EntityCollection RetrieveMultiple(QueryBase query) =>
        ((RetrieveMultipleResponse)Execute(new RetrieveMultipleRequest { Query = query })).EntityCollection!;

    public OrganizationResponse Execute(OrganizationRequest request) => _organization.Execute(Require(request, nameof(request)), _caller);

    private static T Require<T>(T? value, string name)
        where T : class => value ?? throw new ArgumentNullException(name);
}
