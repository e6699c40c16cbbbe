using System;
using System.Linq;
using DualWrite.Testing;
using DualWrite.Testing.Faults;
using DualWrite.Testing.Schema;
using DualWrite.Tests.Testing.Support;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;
using Xunit;

namespace DualWrite.Tests.Testing;

public sealed class OrganizationServiceTests
{
    private static readonly DateTime s_now = new(2025, 3, 14, 9, 26, 53, 589, DateTimeKind.Utc);
    private readonly InMemoryDataverse _dataverse = new(() => s_now);
    private readonly IOrganizationService _service;

    public OrganizationServiceTests()
    {
        TestTables.Declare(_dataverse);
        _service = _dataverse.GetOrganizationService();
    }

    [Fact]
    public void CreateAssignsAnIdAndSetsThePlatformColumns()
    {
        Guid id = _service.Create(new Entity(TestTables.Project) { ["dw_name"] = "Contoso rollout" });

        Entity stored = _dataverse.Find(TestTables.Project, id)!;
        Assert.NotEqual(Guid.Empty, id);
        Assert.Equal(id, stored["dw_projectid"]);
        Assert.Equal("Contoso rollout", stored["dw_name"]);
        Assert.Equal(new DateTime(2025, 3, 14, 9, 26, 53, DateTimeKind.Utc), stored["createdon"]);
        Assert.Equal(stored["createdon"], stored["modifiedon"]);
        var caller = new EntityReference("systemuser", _dataverse.Identity.CallerUserId);
        Assert.Equal(caller, stored["createdby"]);
        Assert.Equal(caller, stored["modifiedby"]);
        Assert.Equal(caller, stored["ownerid"]);
        Assert.Equal(new OptionSetValue(0), stored["statecode"]);
        Assert.Equal(new OptionSetValue(1), stored["statuscode"]);
        Assert.IsType<long>(stored["versionnumber"]);
    }

    [Fact]
    public void CreateKeepsAGivenIdAndRefusesItTwice()
    {
        Guid id = Guid.NewGuid();

        Assert.Equal(id, _service.Create(new Entity(TestTables.Project, id)));
        AssertFault.Throws(ErrorCodes.DuplicateRecord, () => _service.Create(new Entity(TestTables.Project, id)));
        Assert.Single(_dataverse.Records(TestTables.Project));
    }

    [Fact]
    public void RetrieveReturnsOnlyTheAskedColumnsPlusTheId()
    {
        Guid id = _service.Create(new Entity(TestTables.Project) { ["dw_name"] = "P", ["dw_code"] = "P-1", ["dw_counter"] = 3 });

        Entity retrieved = _service.Retrieve(TestTables.Project, id, new ColumnSet("dw_code", "dw_rate"));

        Assert.Equal(id, retrieved.Id);
        Assert.Equal(["dw_code", "dw_projectid"], retrieved.Attributes.Keys.OrderBy(k => k, StringComparer.Ordinal));
        Assert.Equal("P-1", retrieved["dw_code"]);
    }

    [Fact]
    public void ValuesAreCopiedInAndOutSoNoCallerCanChangeAStoredRow()
    {
        var record = new Entity(TestTables.Project) { ["dw_name"] = "original", ["dw_amount"] = new Money(10m) };
        Guid id = _service.Create(record);
        record["dw_name"] = "changed after create";
        ((Money)record["dw_amount"]!).Value = 99m;

        Entity first = _service.Retrieve(TestTables.Project, id, new ColumnSet(true));
        first["dw_name"] = "changed after retrieve";
        ((Money)first["dw_amount"]!).Value = 77m;

        Entity again = _service.Retrieve(TestTables.Project, id, new ColumnSet(true));
        Assert.Equal("original", again["dw_name"]);
        Assert.Equal(new Money(10m), again["dw_amount"]);
        Assert.Equal(Guid.Empty, record.Id);
    }

    [Fact]
    public void UpdateMergesTheGivenColumnsAndStampsModification()
    {
        var clock = new[] { s_now };
        var dataverse = new InMemoryDataverse(() => clock[0]);
        TestTables.Declare(dataverse);
        IOrganizationService service = dataverse.GetOrganizationService();
        Guid id = service.Create(new Entity(TestTables.Project) { ["dw_name"] = "P", ["dw_code"] = "P-1" });
        long version = (long)dataverse.Find(TestTables.Project, id)!["versionnumber"]!;
        clock[0] = s_now.AddMinutes(5);

        service.Update(new Entity(TestTables.Project, id) { ["dw_code"] = "P-2", ["dw_description"] = null, ["createdon"] = DateTime.UtcNow });

        Entity stored = dataverse.Find(TestTables.Project, id)!;
        Assert.Equal("P", stored["dw_name"]);
        Assert.Equal("P-2", stored["dw_code"]);
        Assert.Equal(new DateTime(2025, 3, 14, 9, 26, 53, DateTimeKind.Utc), stored["createdon"]);
        Assert.Equal(new DateTime(2025, 3, 14, 9, 31, 53, DateTimeKind.Utc), stored["modifiedon"]);
        Assert.True((long)stored["versionnumber"]! > version);
    }

    [Fact]
    public void DeleteRemovesTheRow()
    {
        Guid id = _service.Create(new Entity(TestTables.Project));

        _service.Delete(TestTables.Project, id);

        Assert.Null(_dataverse.Find(TestTables.Project, id));
    }

    [Fact]
    public void AMissingRecordFailsWithThePlatformsCodeAndMessage()
    {
        Guid missing = Guid.Parse("6f1b4f5e-94a7-4c43-9d61-0d6a0c1a2b3c");
        string expected = "dw_project With Id = 6f1b4f5e-94a7-4c43-9d61-0d6a0c1a2b3c Does Not Exist";

        Assert.Equal(expected, AssertFault.Throws(ErrorCodes.ObjectDoesNotExist, () => _service.Retrieve(TestTables.Project, missing, new ColumnSet(true))).Message);
        Assert.Equal(expected, AssertFault.Throws(ErrorCodes.ObjectDoesNotExist, () => _service.Update(new Entity(TestTables.Project, missing) { ["dw_name"] = "x" })).Message);
        Assert.Equal(expected, AssertFault.Throws(ErrorCodes.ObjectDoesNotExist, () => _service.Delete(TestTables.Project, missing)).Message);
        Assert.Equal(unchecked((int)0x80040217), ErrorCodes.ObjectDoesNotExist);
    }

    [Fact]
    public void AnUnknownTableOrColumnIsRefusedAndNothingIsWritten()
    {
        AssertFault.Throws(ErrorCodes.QueryBuilderNoEntity, () => _service.Create(new Entity("dw_nosuchtable")));
        var fault = AssertFault.Throws(ErrorCodes.QueryBuilderNoAttribute, () => _service.Create(new Entity(TestTables.Project) { ["dw_nosuchcolumn"] = 1 }));
        Assert.Equal("'dw_project' entity doesn't contain attribute with Name = 'dw_nosuchcolumn' and NameMapping = 'Logical'.", fault.Message);
        Guid id = _service.Create(new Entity(TestTables.Project) { ["dw_name"] = "P" });
        AssertFault.Throws(ErrorCodes.QueryBuilderNoAttribute, () => _service.Update(new Entity(TestTables.Project, id) { ["dw_name"] = "Q", ["dw_nosuchcolumn"] = 1 }));
        AssertFault.Throws(ErrorCodes.QueryBuilderNoAttribute, () => _service.Retrieve(TestTables.Project, id, new ColumnSet("dw_nosuchcolumn")));

        Assert.Equal("P", Assert.Single(_dataverse.Records(TestTables.Project))["dw_name"]);
    }

    [Fact]
    public void AValueOfTheWrongTypeIsRefusedNamingTheColumn()
    {
        var fault = AssertFault.Throws(ErrorCodes.InvalidArgument, () => _service.Create(new Entity(TestTables.Project) { ["dw_counter"] = "three" }));

        Assert.Contains("'dw_counter' of dw_project", fault.Message);
        Assert.Contains("System.Int32", fault.Message);
        Assert.Empty(_dataverse.Records(TestTables.Project));
    }

    [Fact]
    public void ALookupToAMissingRecordIsRefused()
    {
        Guid missing = Guid.NewGuid();

        var fault = AssertFault.Throws(ErrorCodes.ObjectDoesNotExist, () =>
            _service.Create(new Entity(TestTables.Project) { ["dw_accountid"] = new EntityReference("account", missing) }));

        Assert.Equal($"account With Id = {missing:D} Does Not Exist", fault.Message);
        AssertFault.Throws(ErrorCodes.InvalidArgument, () =>
            _service.Create(new Entity(TestTables.Project) { ["dw_accountid"] = new EntityReference("contact", Guid.NewGuid()) }));
        Assert.Empty(_dataverse.Records(TestTables.Project));
    }

    [Fact]
    public void ALookupGivenByAlternateKeyIsResolvedToTheRowsId()
    {
        Guid account = _service.Create(new Entity("account") { ["name"] = "Fabrikam", ["accountnumber"] = "FAB-01" });

        Guid id = _service.Create(new Entity(TestTables.Project) { ["dw_accountid"] = new EntityReference("account", "accountnumber", "FAB-01") });

        Assert.Equal(account, ((EntityReference)_dataverse.Find(TestTables.Project, id)!["dw_accountid"]!).Id);
        AssertFault.Throws(ErrorCodes.RecordNotFoundByEntityKey, () =>
            _service.Create(new Entity(TestTables.Project) { ["dw_accountid"] = new EntityReference("account", "accountnumber", "NONE") }));
    }

    [Fact]
    public void AnAlternateKeyIsUniqueIgnoringCase()
    {
        _service.Create(new Entity(TestTables.Project) { ["dw_code"] = "PRJ-1" });

        var fault = AssertFault.Throws(ErrorCodes.DuplicateRecordEntityKey, () => _service.Create(new Entity(TestTables.Project) { ["dw_code"] = "prj-1" }));

        Assert.Contains("dw_code", fault.Message);
        Assert.Single(_dataverse.Records(TestTables.Project));
    }

    [Fact]
    public void UpsertByAlternateKeyCreatesThenUpdates()
    {
        var first = (Microsoft.Xrm.Sdk.Messages.UpsertResponse)_service.Execute(new Microsoft.Xrm.Sdk.Messages.UpsertRequest
        {
            Target = new Entity(TestTables.Project, "dw_code", "PRJ-7") { ["dw_name"] = "first" },
        });
        var second = (Microsoft.Xrm.Sdk.Messages.UpsertResponse)_service.Execute(new Microsoft.Xrm.Sdk.Messages.UpsertRequest
        {
            Target = new Entity(TestTables.Project, "dw_code", "PRJ-7") { ["dw_name"] = "second" },
        });

        Assert.True(first.RecordCreated);
        Assert.False(second.RecordCreated);
        Assert.Equal(first.Target, second.Target);
        Entity stored = Assert.Single(_dataverse.Records(TestTables.Project));
        Assert.Equal("second", stored["dw_name"]);
        Assert.Equal("PRJ-7", stored["dw_code"]);
        Assert.Equal(first.Target!.Id, stored.Id);
    }

    [Fact]
    public void UpsertByIdCreatesWithThatIdThenUpdates()
    {
        Guid id = Guid.NewGuid();

        var created = (Microsoft.Xrm.Sdk.Messages.UpsertResponse)_service.Execute(new Microsoft.Xrm.Sdk.Messages.UpsertRequest { Target = new Entity(TestTables.Project, id) { ["dw_counter"] = 1 } });
        var updated = (Microsoft.Xrm.Sdk.Messages.UpsertResponse)_service.Execute(new Microsoft.Xrm.Sdk.Messages.UpsertRequest { Target = new Entity(TestTables.Project, id) { ["dw_counter"] = 2 } });

        Assert.True(created.RecordCreated);
        Assert.False(updated.RecordCreated);
        Assert.Equal(2, _dataverse.Find(TestTables.Project, id)!["dw_counter"]);
    }

    [Fact]
    public void AKeyTheTableDoesNotDefineIsRefused()
    {
        AssertFault.Throws(ErrorCodes.EntityKeyNotDefined, () =>
            _service.Execute(new Microsoft.Xrm.Sdk.Messages.UpsertRequest { Target = new Entity(TestTables.Project, "dw_name", "x") }));
    }

    [Fact]
    public void ManyToManyAssociateWritesTheIntersectRowsAndDisassociateRemovesThem()
    {
        _dataverse.Schema.AddManyToMany(new ManyToManyRelationship("dw_project_contact", TestTables.Project, "contact"));
        Guid project = _service.Create(new Entity(TestTables.Project));
        Guid[] contacts = [_service.Create(new Entity("contact")), _service.Create(new Entity("contact"))];
        var related = new EntityReferenceCollection(contacts.Select(c => new EntityReference("contact", c)).ToList());

        _service.Associate(TestTables.Project, project, new Relationship("dw_project_contact"), related);

        Assert.Equal(contacts.OrderBy(c => c), _dataverse.Records("dw_project_contact").Select(r => ((EntityReference)r["contactid"]!).Id).OrderBy(c => c));
        Assert.All(_dataverse.Records("dw_project_contact"), r => Assert.Equal(project, ((EntityReference)r["dw_projectid"]!).Id));
        AssertFault.Throws(ErrorCodes.DuplicateRecord, () => _service.Associate(TestTables.Project, project, new Relationship("dw_project_contact"), related));

        _service.Disassociate("contact", contacts[0], new Relationship("dw_project_contact"), [new EntityReference(TestTables.Project, project)]);
        Assert.Equal(contacts[1], ((EntityReference)Assert.Single(_dataverse.Records("dw_project_contact"))["contactid"]!).Id);

        _service.Delete(TestTables.Project, project);
        Assert.Empty(_dataverse.Records("dw_project_contact"));
    }

    [Fact]
    public void OneToManyAssociateSetsTheLookupAndDisassociateClearsIt()
    {
        _dataverse.Schema.AddOneToMany(new OneToManyRelationship("dw_account_projects", "account", TestTables.Project, "dw_accountid"));
        Guid account = _service.Create(new Entity("account"));
        Guid project = _service.Create(new Entity(TestTables.Project));

        _service.Associate("account", account, new Relationship("dw_account_projects"), [new EntityReference(TestTables.Project, project)]);
        Assert.Equal(account, ((EntityReference)_dataverse.Find(TestTables.Project, project)!["dw_accountid"]!).Id);

        _service.Disassociate("account", account, new Relationship("dw_account_projects"), [new EntityReference(TestTables.Project, project)]);
        Assert.Null(_dataverse.Find(TestTables.Project, project)!.GetAttributeValue<EntityReference>("dw_accountid"));
    }

    [Fact]
    public void CreateMultipleAndUpdateMultipleWriteEveryRecordOrNone()
    {
        var targets = new EntityCollection([new Entity(TestTables.Project) { ["dw_code"] = "A" }, new Entity(TestTables.Project) { ["dw_code"] = "B" }]) { EntityName = TestTables.Project };
        var created = (Microsoft.Xrm.Sdk.Messages.CreateMultipleResponse)_service.Execute(new Microsoft.Xrm.Sdk.Messages.CreateMultipleRequest { Targets = targets });

        Assert.Equal(2, created.Ids!.Length);
        var updates = new EntityCollection(created.Ids.Select(id => new Entity(TestTables.Project, id) { ["dw_counter"] = 5 }).ToList()) { EntityName = TestTables.Project };
        _service.Execute(new Microsoft.Xrm.Sdk.Messages.UpdateMultipleRequest { Targets = updates });
        Assert.All(_dataverse.Records(TestTables.Project), r => Assert.Equal(5, r["dw_counter"]));

        var clash = new EntityCollection([new Entity(TestTables.Project) { ["dw_code"] = "C" }, new Entity(TestTables.Project) { ["dw_code"] = "A" }]) { EntityName = TestTables.Project };
        AssertFault.Throws(ErrorCodes.DuplicateRecordEntityKey, () => _service.Execute(new Microsoft.Xrm.Sdk.Messages.CreateMultipleRequest { Targets = clash }));
        Assert.Equal(["A", "B"], _dataverse.Records(TestTables.Project).Select(r => (string)r["dw_code"]!));
    }

    [Fact]
    public void ExecuteMultipleRunsEachRequestOnItsOwnAndReportsFaultsByIndex()
    {
        Guid missing = Guid.NewGuid();
        var requests = new OrganizationRequestCollection
        {
            new Microsoft.Xrm.Sdk.Messages.CreateRequest { Target = new Entity(TestTables.Project) { ["dw_code"] = "X" } },
            new Microsoft.Xrm.Sdk.Messages.DeleteRequest { Target = new EntityReference(TestTables.Project, missing) },
            new Microsoft.Xrm.Sdk.Messages.CreateRequest { Target = new Entity(TestTables.Project) { ["dw_code"] = "Y" } },
        };

        var result = (Microsoft.Xrm.Sdk.Messages.ExecuteMultipleResponse)_service.Execute(new Microsoft.Xrm.Sdk.Messages.ExecuteMultipleRequest
        {
            Requests = requests,
            Settings = new ExecuteMultipleSettings { ContinueOnError = true, ReturnResponses = true },
        });

        Assert.True(result.IsFaulted);
        Assert.Equal([0, 1, 2], result.Responses!.Select(r => r.RequestIndex));
        Assert.Equal(ErrorCodes.ObjectDoesNotExist, result.Responses![1].Fault!.ErrorCode);
        Assert.Equal(["X", "Y"], _dataverse.Records(TestTables.Project).Select(r => (string)r["dw_code"]!));

        var stopped = (Microsoft.Xrm.Sdk.Messages.ExecuteMultipleResponse)_service.Execute(new Microsoft.Xrm.Sdk.Messages.ExecuteMultipleRequest
        {
            Requests = [new Microsoft.Xrm.Sdk.Messages.DeleteRequest { Target = new EntityReference(TestTables.Project, missing) }, new Microsoft.Xrm.Sdk.Messages.CreateRequest { Target = new Entity(TestTables.Project) { ["dw_code"] = "Z" } }],
            Settings = new ExecuteMultipleSettings { ContinueOnError = false, ReturnResponses = false },
        });
        Assert.Equal(0, Assert.Single(stopped.Responses!).RequestIndex);
        Assert.DoesNotContain(_dataverse.Records(TestTables.Project), r => (string?)r["dw_code"] == "Z");
    }

    [Fact]
    public void InitializeStoresSeedRowsAsGivenAndRefusesTheWholeSeedWhenOneRowIsBad()
    {
        Guid account = Guid.NewGuid();
        Guid project = Guid.NewGuid();
        _dataverse.Initialize(
            new Entity(TestTables.Project, project) { ["dw_accountid"] = new EntityReference("account", account), ["dw_name"] = "seeded" },
            new Entity("account", account) { ["name"] = "A" });

        Assert.Equal("seeded", _dataverse.Find(TestTables.Project, project)!["dw_name"]);

        AssertFault.Throws(ErrorCodes.ObjectDoesNotExist, () => _dataverse.Initialize(
            new Entity("account") { ["name"] = "B" },
            new Entity(TestTables.Project) { ["dw_accountid"] = new EntityReference("account", Guid.NewGuid()) }));
        Assert.Single(_dataverse.Records("account"));
    }

    [Fact]
    public void AServiceForAnUnknownUserIsRefused()
    {
        Guid stranger = Guid.NewGuid();

        var fault = AssertFault.Throws(ErrorCodes.ObjectDoesNotExist, () => _dataverse.GetOrganizationService(stranger).Create(new Entity(TestTables.Project)));

        Assert.Equal($"systemuser With Id = {stranger:D} Does Not Exist", fault.Message);
    }
}
