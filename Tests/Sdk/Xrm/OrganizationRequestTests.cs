using System;
using System.Collections.Generic;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;
using Microsoft.Xrm.Sdk.Query;
using Xunit;

namespace DualWrite.Tests.Sdk.Xrm;

/// <summary>Typed messages keep everything in Parameters / Results under the platform's names.</summary>
public sealed class OrganizationRequestTests
{
    [Fact]
    public void CreateRequestStoresItsTargetUnderTarget()
    {
        var target = new Entity("account");

        var request = new CreateRequest { Target = target };

        Assert.Equal("Create", request.RequestName);
        Assert.Same(target, request.Parameters["Target"]);
        Assert.Same(target, request["Target"]);
    }

    [Fact]
    public void TypedPropertiesReadWhatAGenericRequestWrote()
    {
        var reference = new EntityReference("account", Guid.NewGuid());
        var request = new RetrieveRequest();

        request.Parameters["Target"] = reference;
        request["ColumnSet"] = new ColumnSet(true);

        Assert.Equal("Retrieve", request.RequestName);
        Assert.Same(reference, request.Target);
        Assert.True(request.ColumnSet!.AllColumns);
    }

    [Fact]
    public void IndexersReadAndWriteTheCollections()
    {
        var request = new OrganizationRequest("dw_Sync") { ["Payload"] = "{}" };
        var response = new OrganizationResponse { ["Result"] = 1 };

        Assert.Equal("dw_Sync", request.RequestName);
        Assert.Equal("{}", request.Parameters["Payload"]);
        Assert.Equal(1, response.Results["Result"]);
        Assert.Throws<KeyNotFoundException>(() => request["Missing"]);
    }

    [Fact]
    public void ResponsesReadTheirResults()
    {
        var id = Guid.NewGuid();
        var entity = new Entity("account", id);
        var page = new EntityCollection();
        var created = new CreateResponse();
        var retrieved = new RetrieveResponse();
        var found = new RetrieveMultipleResponse();

        created.Results["id"] = id;
        retrieved.Results["Entity"] = entity;
        found.Results["EntityCollection"] = page;

        Assert.Equal(id, created.id);
        Assert.Same(entity, retrieved.Entity);
        Assert.Same(page, found.EntityCollection);
        Assert.Equal(Guid.Empty, new CreateResponse().id);
    }

    [Fact]
    public void UpsertResponseReportsCreationAndTarget()
    {
        var reference = new EntityReference("account", Guid.NewGuid());
        var response = new UpsertResponse();

        Assert.False(response.RecordCreated);
        response.Results["RecordCreated"] = true;
        response.Results["Target"] = reference;

        Assert.True(response.RecordCreated);
        Assert.Same(reference, response.Target);
        Assert.Equal("Upsert", new UpsertRequest().RequestName);
    }

    [Fact]
    public void UpdateAndDeleteCarryConcurrencyBehavior()
    {
        var update = new UpdateRequest { Target = new Entity("account"), ConcurrencyBehavior = ConcurrencyBehavior.IfRowVersionMatches };
        var delete = new DeleteRequest { Target = new EntityReference("account", Guid.NewGuid()) };

        Assert.Equal(ConcurrencyBehavior.IfRowVersionMatches, update.Parameters["ConcurrencyBehavior"]);
        Assert.Equal(ConcurrencyBehavior.Default, delete.ConcurrencyBehavior);
        Assert.Equal(("Update", "Delete"), (update.RequestName, delete.RequestName));
    }

    [Fact]
    public void ExecuteMultipleRoundTrip()
    {
        var requests = new OrganizationRequestCollection { new CreateRequest { Target = new Entity("account") } };
        var settings = new ExecuteMultipleSettings { ContinueOnError = true, ReturnResponses = true };
        var request = new ExecuteMultipleRequest { Requests = requests, Settings = settings };
        var items = new ExecuteMultipleResponseItemCollection
        {
            new ExecuteMultipleResponseItem { RequestIndex = 0, Fault = new OrganizationServiceFault { Message = "failed" } },
        };
        var response = new ExecuteMultipleResponse();
        response.Results["Responses"] = items;
        response.Results["IsFaulted"] = true;

        Assert.Equal("ExecuteMultiple", request.RequestName);
        Assert.Same(requests, request.Parameters["Requests"]);
        Assert.Same(settings, request.Parameters["Settings"]);
        Assert.Same(items, response.Responses);
        Assert.True(response.IsFaulted);
        Assert.False(new ExecuteMultipleResponse().IsFaulted);
    }

    [Fact]
    public void BulkMessagesUseTargetsAndIds()
    {
        var targets = new EntityCollection(new List<Entity> { new("account"), new("account") }) { EntityName = "account" };
        var create = new CreateMultipleRequest { Targets = targets };
        var update = new UpdateMultipleRequest { Targets = targets };
        var ids = new[] { Guid.NewGuid(), Guid.NewGuid() };
        var response = new CreateMultipleResponse();
        response.Results["Ids"] = ids;

        Assert.Equal(("CreateMultiple", "UpdateMultiple"), (create.RequestName, update.RequestName));
        Assert.Same(targets, create.Parameters["Targets"]);
        Assert.Same(targets, update.Parameters["Targets"]);
        Assert.Same(ids, response.Ids);
    }

    [Fact]
    public void AssociateAndDisassociateUseTheirParameterNames()
    {
        var target = new EntityReference("account", Guid.NewGuid());
        var relationship = new Relationship("account_primary_contact");
        var related = new EntityReferenceCollection { new EntityReference("contact", Guid.NewGuid()) };

        var associate = new AssociateRequest { Target = target, Relationship = relationship, RelatedEntities = related };
        var disassociate = new DisassociateRequest { Target = target, Relationship = relationship, RelatedEntities = related };

        foreach (OrganizationRequest request in new OrganizationRequest[] { associate, disassociate })
        {
            Assert.Same(target, request.Parameters["Target"]);
            Assert.Same(relationship, request.Parameters["Relationship"]);
            Assert.Same(related, request.Parameters["RelatedEntities"]);
        }

        Assert.Equal(("Associate", "Disassociate"), (associate.RequestName, disassociate.RequestName));
    }

    [Fact]
    public void RetrieveMultipleStoresItsQuery()
    {
        var query = new QueryExpression("account");

        var request = new RetrieveMultipleRequest { Query = query };

        Assert.Equal("RetrieveMultiple", request.RequestName);
        Assert.Same(query, request.Parameters["Query"]);
    }

    [Fact]
    public void TypedPropertyOfTheWrongTypeThrowsInvalidCast()
    {
        var request = new CreateRequest();
        request.Parameters["Target"] = new EntityReference("account", Guid.NewGuid());

        Assert.Throws<InvalidCastException>(() => request.Target);
    }
}
