using System;
using System.Linq;
using DualWrite.Plugins.Registration;
using DualWrite.Testing;
using DualWrite.Testing.Faults;
using DualWrite.Testing.Schema;
using DualWrite.Tests.Testing.Plugins;
using DualWrite.Tests.Testing.Support;
using Microsoft.Xrm.Sdk;
using Xunit;
using static DualWrite.Tests.Testing.Support.Steps;

namespace DualWrite.Tests.Testing;

/// <summary>
/// What deleting a row does to the rows pointing at it: a project's tasks and their time entries cascade (parental),
/// its invoices restrict the delete, and the audit rows' and projects' plain lookups lose their link.
/// </summary>
public sealed class DeleteBehaviourTests
{
    private const string Project = TestTables.Project;
    private const string Task = "dw_task";
    private const string TimeEntry = "dw_timeentry";
    private const string Invoice = "dw_invoice";
    private static readonly DateTime s_created = new(2025, 3, 14, 9, 0, 0, DateTimeKind.Utc);
    private readonly InMemoryDataverse _dataverse;
    private readonly IOrganizationService _service;
    private DateTime _now = s_created;

    public DeleteBehaviourTests()
    {
        _dataverse = new InMemoryDataverse(() => _now);
        TestTables.Declare(_dataverse);
        _dataverse.Schema.Define(Task, t => t.PrimaryName("dw_name").Lookup("dw_projectid", CascadeDelete.Cascade, Project));
        _dataverse.Schema.Define(TimeEntry, t => t.PrimaryName("dw_name").Lookup("dw_taskid", CascadeDelete.Cascade, Task));
        _dataverse.Schema.Define(Invoice, t => t.PrimaryName("dw_name").Lookup("dw_projectid", CascadeDelete.Restrict, Project));
        _service = _dataverse.GetOrganizationService();
    }

    private Guid OrganizationId => _dataverse.Identity.OrganizationId;

    [Fact]
    public void CascadeDeletesTheChildrenThroughTheirOwnDeletePipelinesOneLevelDeeperBeforeTheParentsPreOperation()
    {
        Guid project = _service.Create(new Entity(Project) { ["dw_name"] = "P" });
        Guid[] tasks = [CreateTask(project, "T1"), CreateTask(project, "T2")];
        Guid[] entries = [CreateEntry(tasks[0], "E1"), CreateEntry(tasks[1], "E2")];
        Guid other = CreateTask(_service.Create(new Entity(Project) { ["dw_name"] = "Other" }), "T-other");
        _dataverse.RegisterStep(On<ContextRecorderPlugin>("Delete", Project, PipelineStage.PreOperation, "project"));
        _dataverse.RegisterStep(On<ContextRecorderPlugin>("Delete", Task, PipelineStage.PreOperation, "task"));
        _dataverse.RegisterStep(On<ContextRecorderPlugin>("Delete", TimeEntry, PipelineStage.PreOperation, "entry"));

        _service.Delete(Project, project);

        Assert.Null(_dataverse.Find(Project, project));
        Assert.Equal([other], _dataverse.Records(Task).Select(r => r.Id));
        Assert.Empty(_dataverse.Records(TimeEntry));

        Execution[] runs = ExecutionLog.Of(OrganizationId).ToArray();
        Assert.Equal(["entry", "task", "entry", "task", "project"], runs.Select(r => r.Label));
        Assert.Equal([3, 2, 3, 2, 1], runs.Select(r => r.Context.Depth));
        Assert.Equal(
            [new EntityReference(TimeEntry, entries[0]), new EntityReference(Task, tasks[0]), new EntityReference(TimeEntry, entries[1]), new EntityReference(Task, tasks[1])],
            runs.Take(4).Select(r => r.Context.InputParameters["Target"]));
        Assert.All(runs, r => Assert.Equal(runs[^1].Context.CorrelationId, r.Context.CorrelationId));

        // A PreOperation step's parent is its own pipeline's PreValidation context, whose parent is the project's Delete.
        IPluginExecutionContext parent = runs[1].Parent!.ParentContext!;
        Assert.Equal("Delete", parent.MessageName);
        Assert.Equal(Project, parent.PrimaryEntityName);
        Assert.Equal(project, parent.PrimaryEntityId);
    }

    [Fact]
    public void ACascadedDeleteWhoseStepThrowsRollsBackEverythingTheParentsDeleteDid()
    {
        Guid project = _service.Create(new Entity(Project) { ["dw_name"] = "P" });
        Guid withoutEntries = CreateTask(project, "T1");
        Guid withEntry = CreateTask(project, "T2");
        Guid entry = CreateEntry(withEntry, "E");
        Guid audit = CreateAudit(project);
        _dataverse.RegisterStep(On<ThrowingPlugin>("Delete", TimeEntry, PipelineStage.PostOperation, "time entries are posted"));

        OrganizationServiceFault fault = AssertFault.Throws(ErrorCodes.IsvAborted, () => _service.Delete(Project, project));

        Assert.Equal("time entries are posted", fault.Message);
        Assert.Equal("P", _dataverse.Find(Project, project)!["dw_name"]);
        Assert.Equal([withoutEntries, withEntry], _dataverse.Records(Task).Select(r => r.Id));
        Assert.Equal(entry, Assert.Single(_dataverse.Records(TimeEntry)).Id);
        Assert.Equal(new EntityReference(Project, project), _dataverse.Find(TestTables.Audit, audit)!["dw_projectid"]);
    }

    [Fact]
    public void RemoveLinkIsACustomLookupsDefaultAndClearsTheLinkWithoutRunningUpdateSteps()
    {
        Guid account = _service.Create(new Entity("account") { ["name"] = "Contoso" });
        Guid project = _service.Create(new Entity(Project) { ["dw_name"] = "P", ["dw_accountid"] = new EntityReference("account", account) });
        Guid unrelated = _service.Create(new Entity(Project) { ["dw_name"] = "Q", ["dw_accountid"] = new EntityReference("account", _service.Create(new Entity("account"))) });
        Entity before = _dataverse.Find(Project, project)!;
        _dataverse.RegisterStep(On<ContextRecorderPlugin>("Update", Project, PipelineStage.PostOperation, "update"));
        _now = s_created.AddHours(1);

        _service.Delete("account", account);

        Entity after = _dataverse.Find(Project, project)!;
        Assert.Null(after["dw_accountid"]);
        Assert.Equal("P", after["dw_name"]);
        Assert.Equal(before["modifiedon"], after["modifiedon"]);
        Assert.True((long)after["versionnumber"]! > (long)before["versionnumber"]!);
        Assert.NotNull(_dataverse.Find(Project, unrelated)!["dw_accountid"]);
        Assert.Empty(ExecutionLog.Of(OrganizationId, "update"));
    }

    [Fact]
    public void RestrictRefusesTheDeleteWithThePlatformsFaultBeforePreOperationAndDeletesNothing()
    {
        Guid project = _service.Create(new Entity(Project) { ["dw_name"] = "P" });
        Guid task = CreateTask(project, "T");
        Guid audit = CreateAudit(project);
        Guid invoice = _service.Create(new Entity(Invoice) { ["dw_name"] = "INV-1", ["dw_projectid"] = new EntityReference(Project, project) });
        _dataverse.RegisterStep(On<ContextRecorderPlugin>("Delete", Project, PipelineStage.PreValidation, "validation"));
        _dataverse.RegisterStep(On<SecondContextRecorderPlugin>("Delete", Project, PipelineStage.PreOperation, "pre-operation"));
        _dataverse.RegisterStep(On<ContextRecorderPlugin>("Delete", Task, PipelineStage.PreValidation, "task"));

        OrganizationServiceFault fault = AssertFault.Throws(ErrorCodes.CannotDeleteDueToAssociation, () => _service.Delete(Project, project));

        Assert.StartsWith(DataverseFault.CannotDeleteDueToAssociationMessage, fault.Message, StringComparison.Ordinal);
        Assert.Contains($"{Invoice} {invoice:D}", fault.Message, StringComparison.Ordinal);
        Assert.NotNull(_dataverse.Find(Project, project));
        Assert.NotNull(_dataverse.Find(Task, task));
        Assert.Equal(new EntityReference(Project, project), _dataverse.Find(TestTables.Audit, audit)!["dw_projectid"]);
        Assert.Equal(["validation"], ExecutionLog.Of(OrganizationId).Select(r => r.Label));

        _service.Delete(Invoice, invoice);
        _service.Delete(Project, project);
        Assert.Null(_dataverse.Find(Task, task));
    }

    [Fact]
    public void ARestrictFurtherDownACascadeRefusesTheWholeDelete()
    {
        _dataverse.Schema.Define(Invoice, t => t.PrimaryName("dw_name").Lookup("dw_taskid", CascadeDelete.Restrict, Task));
        Guid project = _service.Create(new Entity(Project) { ["dw_name"] = "P" });
        Guid free = CreateTask(project, "T1");
        Guid invoiced = CreateTask(project, "T2");
        _service.Create(new Entity(Invoice) { ["dw_taskid"] = new EntityReference(Task, invoiced) });

        AssertFault.Throws(ErrorCodes.CannotDeleteDueToAssociation, () => _service.Delete(Project, project));

        Assert.NotNull(_dataverse.Find(Project, project));
        Assert.Equal([free, invoiced], _dataverse.Records(Task).Select(r => r.Id));
    }

    [Fact]
    public void SystemLookupsFollowThePlatform()
    {
        Guid user = Guid.NewGuid();
        _dataverse.Initialize(new Entity("systemuser", user)
        {
            ["fullname"] = "Maker",
            ["businessunitid"] = new EntityReference("businessunit", _dataverse.Identity.BusinessUnitId),
        });
        Guid project = _dataverse.GetOrganizationService(user).Create(new Entity(Project));

        // Owner, creator and modifier: a user (or team) still in use is not deleted.
        AssertFault.Throws(ErrorCodes.CannotDeleteDueToAssociation, () => _service.Delete("systemuser", user));
        Assert.NotNull(_dataverse.Find("systemuser", user));

        // A system job keeps pointing at the record it ran for.
        _dataverse.RegisterStep(On<ContextRecorderPlugin>("Update", Project, PipelineStage.PostOperation, "async", StepMode.Asynchronous));
        _service.Update(new Entity(Project, project) { ["dw_name"] = "P" });
        _service.Delete(Project, project);
        Assert.Equal(new EntityReference(Project, project), Assert.Single(_dataverse.Records("asyncoperation"))["regardingobjectid"]);

        // An environment variable's values go with its definition.
        Guid definition = _service.Create(new Entity("environmentvariabledefinition") { ["schemaname"] = "dw_FinanceUrl" });
        _service.Create(new Entity("environmentvariablevalue") { ["value"] = "https://finance", ["environmentvariabledefinitionid"] = new EntityReference("environmentvariabledefinition", definition) });
        _service.Delete("environmentvariabledefinition", definition);
        Assert.Empty(_dataverse.Records("environmentvariablevalue"));
    }

    private Guid CreateTask(Guid project, string name) =>
        _service.Create(new Entity(Task) { ["dw_name"] = name, ["dw_projectid"] = new EntityReference(Project, project) });

    private Guid CreateEntry(Guid task, string name) =>
        _service.Create(new Entity(TimeEntry) { ["dw_name"] = name, ["dw_taskid"] = new EntityReference(Task, task) });

    private Guid CreateAudit(Guid project) =>
        _service.Create(new Entity(TestTables.Audit) { ["dw_name"] = "audit", ["dw_projectid"] = new EntityReference(Project, project) });
}
