using System;
using System.Linq;
using DualWrite.Plugins.Registration;
using DualWrite.Testing;
using DualWrite.Testing.Faults;
using DualWrite.Testing.Pipeline;
using DualWrite.Testing.ProjectOperations;
using DualWrite.Tests.Testing.Plugins;
using DualWrite.Tests.Testing.Support;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;
using Xunit;
using static DualWrite.Tests.Testing.Support.Steps;

namespace DualWrite.Tests.Testing;

public sealed class PipelineTests
{
    private const string Project = TestTables.Project;
    private readonly InMemoryDataverse _dataverse = TestTables.NewOrganization();
    private readonly IOrganizationService _service;

    public PipelineTests()
    {
        _service = _dataverse.GetOrganizationService();
    }

    private Guid OrganizationId => _dataverse.Identity.OrganizationId;

    [Fact]
    public void StepsRunByStageThenRankWithThePipelinesContext()
    {
        _dataverse.RegisterStep(On<ContextRecorderPlugin>("Create", Project, PipelineStage.PostOperation, "post"));
        _dataverse.RegisterStep(On<SecondContextRecorderPlugin>("Create", Project, PipelineStage.PreOperation, "pre-rank-2", rank: 2));
        _dataverse.RegisterStep(On<ContextRecorderPlugin>("Create", Project, PipelineStage.PreOperation, "pre-rank-1", rank: 1));
        _dataverse.RegisterStep(On<ContextRecorderPlugin>("Create", Project, PipelineStage.PreValidation, "validation"));

        Guid id = _service.Create(new Entity(Project) { ["dw_name"] = "P" });

        Execution[] runs = ExecutionLog.Of(OrganizationId).ToArray();
        Assert.Equal(["validation", "pre-rank-1", "pre-rank-2", "post"], runs.Select(r => r.Label));
        Assert.Equal([10, 20, 20, 40], runs.Select(r => r.Context.Stage));
        Assert.Equal([false, true, true, true], runs.Select(r => r.Context.IsInTransaction));
        Assert.All(runs, r =>
        {
            Assert.Equal(1, r.Context.Depth);
            Assert.Equal(0, r.Context.Mode);
            Assert.Equal("Create", r.Context.MessageName);
            Assert.Equal(Project, r.Context.PrimaryEntityName);
            Assert.Equal(_dataverse.Identity.CallerUserId, r.Context.UserId);
            Assert.Equal(_dataverse.Identity.CallerUserId, r.Context.InitiatingUserId);
            Assert.Equal(runs[0].Context.CorrelationId, r.Context.CorrelationId);
        });
        Assert.Equal(Guid.Empty, runs[1].Context.PrimaryEntityId);
        Assert.Equal(id, runs[3].Context.PrimaryEntityId);
        Assert.Equal(id, runs[3].Context.OutputParameters["id"]);
        Assert.False(runs[1].Context.OutputParameters.ContainsKey("id"));
        Assert.Equal(On<ContextRecorderPlugin>("Create", Project, PipelineStage.PostOperation, "post").Name, runs[3].Context.OwningExtension.Name);
    }

    [Fact]
    public void APreOperationStepCanChangeWhatIsSavedButNotTheCallersRecord()
    {
        _dataverse.RegisterStep(On<TargetStampingPlugin>("Create", Project, PipelineStage.PreOperation, "set by the step"));
        var record = new Entity(Project) { ["dw_name"] = "P" };

        Guid id = _service.Create(record);

        Assert.Equal("set by the step", _dataverse.Find(Project, id)!["dw_description"]);
        Assert.False(record.Contains("dw_description"));
    }

    [Fact]
    public void ASyncPostOperationStepThatThrowsLeavesNoTraceOfTheSaveOrOfTheStepsWrites()
    {
        _dataverse.RegisterStep(On<AuditWritingPlugin>("Create", Project, PipelineStage.PreValidation));
        _dataverse.RegisterStep(On<AuditWritingPlugin>("Create", Project, PipelineStage.PreOperation));
        _dataverse.RegisterStep(On<AuditWritingPlugin>("Create", Project, PipelineStage.PostOperation, rank: 1));
        _dataverse.RegisterStep(On<ThrowingPlugin>("Create", Project, PipelineStage.PostOperation, "Finance refused project P-1: the customer is on hold.", rank: 2));

        var fault = AssertFault.Throws(ErrorCodes.IsvAborted, () => _service.Create(new Entity(Project) { ["dw_code"] = "P-1" }));

        Assert.Equal("Finance refused project P-1: the customer is on hold.", fault.Message);
        Assert.Empty(_dataverse.Records(Project));
        // PreValidation runs outside the transaction, so only its write survives.
        Assert.Equal(["10"], _dataverse.Records(TestTables.Audit).Select(a => (string)a["dw_stage"]!));
    }

    [Fact]
    public void AnUnexpectedExceptionReachesTheCallerAsThePlatformWordsIt()
    {
        _dataverse.RegisterStep(On<ThrowingPlugin>("Update", Project, PipelineStage.PreOperation, "crash:Object reference not set"));
        Guid id = _service.Create(new Entity(Project) { ["dw_name"] = "before" });

        var fault = AssertFault.Throws(ErrorCodes.IsvUnExpected, () => _service.Update(new Entity(Project, id) { ["dw_name"] = "after" }));

        Assert.Equal("Unexpected exception from plug-in (Execute): System.InvalidOperationException: Object reference not set", fault.Message);
        Assert.Equal("before", _dataverse.Find(Project, id)!["dw_name"]);
    }

    [Fact]
    public void AFailureANestedStepCausesRollsBackTheWholeChain()
    {
        _dataverse.RegisterStep(On<AuditWritingPlugin>("Update", Project, PipelineStage.PostOperation));
        _dataverse.RegisterStep(On<ThrowingPlugin>("Create", TestTables.Audit, PipelineStage.PostOperation, "audit refused"));
        Guid id = _service.Create(new Entity(Project) { ["dw_counter"] = 1 });

        AssertFault.Throws(ErrorCodes.IsvAborted, () => _service.Update(new Entity(Project, id) { ["dw_counter"] = 2 }));

        Assert.Equal(1, _dataverse.Find(Project, id)!["dw_counter"]);
        Assert.Empty(_dataverse.Records(TestTables.Audit));
    }

    [Fact]
    public void APluginThatSwallowsAFailedCallCannotCommit()
    {
        _dataverse.RegisterStep(On<SwallowingPlugin>("Create", Project, PipelineStage.PostOperation));

        AssertFault.Throws(ErrorCodes.NoActiveTransaction, () => _service.Create(new Entity(Project)));

        Assert.Empty(_dataverse.Records(Project));
    }

    [Fact]
    public void AnAsynchronousStepRunsAfterTheCommitWithItsOwnContext()
    {
        _dataverse.RegisterStep(On<AuditWritingPlugin>("Create", Project, PipelineStage.PostOperation, mode: StepMode.Asynchronous));
        _dataverse.RegisterStep(On<ContextRecorderPlugin>("Create", TestTables.Audit, PipelineStage.PreOperation, "audit"));
        _dataverse.RunAsyncJobsAutomatically = false;

        Guid id = _service.Create(new Entity(Project));

        Assert.Equal(1, _dataverse.PendingAsyncJobs);
        Assert.Empty(_dataverse.Records(TestTables.Audit));
        Entity queued = Assert.Single(_dataverse.Records("asyncoperation"));
        Assert.Equal(new OptionSetValue(AsyncOperationStatus.StateReady), queued["statecode"]);

        _dataverse.RunPendingAsyncJobs();

        Entity audit = Assert.Single(_dataverse.Records(TestTables.Audit));
        Assert.Equal("40", audit["dw_stage"]);
        Assert.Equal(id, ((EntityReference)audit["dw_projectid"]!).Id);
        Entity job = Assert.Single(_dataverse.Records("asyncoperation"));
        Assert.Equal(new OptionSetValue(AsyncOperationStatus.Succeeded), job["statuscode"]);
        Assert.Equal(new OptionSetValue(AsyncOperationStatus.StateCompleted), job["statecode"]);
        Assert.Equal(new EntityReference(Project, id), job["regardingobjectid"]);
        // The job's own write is a new pipeline one level down, with the job's context as parent.
        Execution nested = Assert.Single(ExecutionLog.Of(OrganizationId, "audit"));
        Assert.Equal(2, nested.Context.Depth);
        IPluginExecutionContext jobContext = nested.Parent!.ParentContext!;
        Assert.Equal(1, jobContext.Mode);
        Assert.False(jobContext.IsInTransaction);
        Assert.Equal(job.Id, jobContext.OperationId);
    }

    [Fact]
    public void AnAsynchronousStepsFailureLeavesTheSaveIntactAndIsAFailedJob()
    {
        _dataverse.RegisterStep(On<ThrowingPlugin>("Create", Project, PipelineStage.PostOperation, "Finance is down", mode: StepMode.Asynchronous));

        Guid id = _service.Create(new Entity(Project) { ["dw_name"] = "kept" });

        Assert.Equal("kept", _dataverse.Find(Project, id)!["dw_name"]);
        Entity job = Assert.Single(_dataverse.Records("asyncoperation"));
        Assert.Equal(new OptionSetValue(AsyncOperationStatus.StateCompleted), job["statecode"]);
        Assert.Equal(new OptionSetValue(AsyncOperationStatus.Failed), job["statuscode"]);
        Assert.Equal("Finance is down", job["message"]);
        Assert.Equal(ErrorCodes.IsvAborted, job["errorcode"]);
        Assert.Equal(0, job["retrycount"]);

        var failedJobs = new QueryExpression("asyncoperation") { ColumnSet = new ColumnSet("message") };
        failedJobs.Criteria.AddCondition("statuscode", ConditionOperator.Equal, AsyncOperationStatus.Failed);
        failedJobs.Criteria.AddCondition("regardingobjectid", ConditionOperator.Equal, id);
        Assert.Single(_service.RetrieveMultiple(failedJobs).Entities);
    }

    [Fact]
    public void ARolledBackSaveQueuesNoAsynchronousJob()
    {
        _dataverse.RegisterStep(On<AuditWritingPlugin>("Create", Project, PipelineStage.PostOperation, mode: StepMode.Asynchronous));
        _dataverse.RegisterStep(On<ThrowingPlugin>("Create", Project, PipelineStage.PostOperation, "refused"));

        AssertFault.Throws(ErrorCodes.IsvAborted, () => _service.Create(new Entity(Project)));

        Assert.Equal(0, _dataverse.PendingAsyncJobs);
        Assert.Empty(_dataverse.Records("asyncoperation"));
        Assert.Empty(_dataverse.Records(TestTables.Audit));
    }

    [Fact]
    public void AnAsynchronousStepAskingForRetryIsRetriedUpToTheLimitThenFails()
    {
        _dataverse.RegisterStep(On<ThrowingPlugin>("Create", Project, PipelineStage.PostOperation, "retry:Finance throttled the request", mode: StepMode.Asynchronous));

        _service.Create(new Entity(Project));

        Entity job = Assert.Single(_dataverse.Records("asyncoperation"));
        Assert.Equal(new OptionSetValue(AsyncOperationStatus.Failed), job["statuscode"]);
        // Four attempts, as the platform documents: the first run and three retries.
        Assert.Equal(3, job["retrycount"]);
        Assert.Equal("Finance throttled the request", job["message"]);
    }

    [Fact]
    public void AnAsynchronousStepThatSucceedsOnARetryCompletes()
    {
        _dataverse.RegisterStep(On<FlakyPlugin>("Create", Project, PipelineStage.PostOperation, mode: StepMode.Asynchronous));

        _service.Create(new Entity(Project));

        Entity job = Assert.Single(_dataverse.Records("asyncoperation"));
        Assert.Equal(new OptionSetValue(AsyncOperationStatus.Succeeded), job["statuscode"]);
        Assert.Equal(2, job["retrycount"]);
        Assert.Equal(3, ExecutionLog.Of(OrganizationId, "flaky").Count);

        _dataverse.AsyncMaximumRetries = 1;
        _service.Create(new Entity(Project));
        Entity second = _dataverse.Records("asyncoperation")[1];
        Assert.Equal(new OptionSetValue(AsyncOperationStatus.Failed), second["statuscode"]);
        Assert.Equal(1, second["retrycount"]);
    }

    [Fact]
    public void AStepFilteredOnOneColumnDoesNotFireOnAnUpdateOfAnother()
    {
        _dataverse.RegisterStep(On<ContextRecorderPlugin>("Update", Project, PipelineStage.PostOperation, "filtered", filteringAttributes: ["dw_code", "dw_status"]));
        _dataverse.RegisterStep(On<SecondContextRecorderPlugin>("Update", Project, PipelineStage.PostOperation, "unfiltered"));
        Guid id = _service.Create(new Entity(Project));

        _service.Update(new Entity(Project, id) { ["dw_name"] = "B" });
        Assert.Empty(ExecutionLog.Of(OrganizationId, "filtered"));

        _service.Update(new Entity(Project, id) { ["dw_name"] = "C", ["dw_status"] = new OptionSetValue(2) });
        Assert.Single(ExecutionLog.Of(OrganizationId, "filtered"));
        Assert.Equal(2, ExecutionLog.Of(OrganizationId, "unfiltered").Count);
    }

    [Fact]
    public void ImagesHoldExactlyTheRegisteredColumnsWithTheValuesBeforeAndAfter()
    {
        _dataverse.RegisterStep(On<ContextRecorderPlugin>("Update", Project, PipelineStage.PostOperation, "images", images:
        [
            PreImage("pre", "dw_name", "dw_counter", "dw_description"),
            PostImage("post", "dw_name", "dw_counter"),
            PostImage("all"),
        ]));
        _dataverse.RegisterStep(On<SecondContextRecorderPlugin>("Update", Project, PipelineStage.PreOperation, "pre-stage", images: [PreImage("pre", "dw_name")]));
        Guid id = _service.Create(new Entity(Project) { ["dw_name"] = "old", ["dw_counter"] = 1, ["dw_code"] = "X" });

        _service.Update(new Entity(Project, id) { ["dw_name"] = "new" });

        PluginExecutionContext post = Assert.Single(ExecutionLog.Of(OrganizationId, "images")).Context;
        Entity pre = post.PreEntityImages["pre"];
        Assert.Equal(id, pre.Id);
        Assert.Equal(["dw_counter", "dw_name"], pre.Attributes.Keys.Order());
        Assert.Equal("old", pre["dw_name"]);
        Entity after = post.PostEntityImages["post"];
        Assert.Equal(["dw_counter", "dw_name"], after.Attributes.Keys.Order());
        Assert.Equal("new", after["dw_name"]);
        Assert.Equal(1, after["dw_counter"]);
        Assert.Equal("X", post.PostEntityImages["all"]["dw_code"]);
        Assert.Equal(_dataverse.Find(Project, id)!.Attributes.Keys.Order(), post.PostEntityImages["all"].Attributes.Keys.Order());

        PluginExecutionContext preStage = Assert.Single(ExecutionLog.Of(OrganizationId, "pre-stage")).Context;
        Assert.Equal("old", preStage.PreEntityImages["pre"]["dw_name"]);
        Assert.Empty(preStage.PostEntityImages);
    }

    [Fact]
    public void CreateHasAPostImageAndDeleteAPreImage()
    {
        _dataverse.RegisterStep(On<ContextRecorderPlugin>("Create", Project, PipelineStage.PostOperation, "create", images: [new StepImage("created", ImageType.PostImage, ["dw_name", "statecode"], "Id")]));
        _dataverse.RegisterStep(On<SecondContextRecorderPlugin>("Delete", Project, PipelineStage.PreOperation, "delete", images: [PreImage("deleted", "dw_name")]));

        Guid id = _service.Create(new Entity(Project) { ["dw_name"] = "P" });
        _service.Delete(Project, id);

        Entity created = Assert.Single(ExecutionLog.Of(OrganizationId, "create")).Context.PostEntityImages["created"];
        Assert.Equal(id, created.Id);
        Assert.Equal(new OptionSetValue(0), created["statecode"]);
        Execution delete = Assert.Single(ExecutionLog.Of(OrganizationId, "delete"));
        Assert.Equal("P", delete.Context.PreEntityImages["deleted"]["dw_name"]);
        Assert.Equal(new EntityReference(Project, id), delete.Context.InputParameters["Target"]);
    }

    [Fact]
    public void APluginUpdatingItsOwnRecordLoopsUntilDepthEightAndIsRefusedWithThePlatformsMessage()
    {
        _dataverse.RegisterStep(On<ContextRecorderPlugin>("Update", Project, PipelineStage.PreOperation, "depth"));
        _dataverse.RegisterStep(On<SelfUpdatingPlugin>("Update", Project, PipelineStage.PostOperation));
        Guid id = _service.Create(new Entity(Project) { ["dw_counter"] = 0 });

        var fault = AssertFault.Throws(ErrorCodes.SdkCorrelationTokenDepthTooHigh, () => _service.Update(new Entity(Project, id) { ["dw_counter"] = 100 }));

        Assert.Equal(DataverseFault.InfiniteLoopMessage, fault.Message);
        Assert.Equal([1, 2, 3, 4, 5, 6, 7, 8], ExecutionLog.Of(OrganizationId, "depth").Select(e => e.Context.Depth));
        Assert.Equal(0, _dataverse.Find(Project, id)!["dw_counter"]);
    }

    [Fact]
    public void SharedVariablesFlowAlongThePipelineAndToChildPipelinesThroughTheParentContext()
    {
        _dataverse.RegisterStep(On<SharedVariableWriterPlugin>("Create", Project, PipelineStage.PreValidation, "fromValidation"));
        _dataverse.RegisterStep(On<SharedVariableWriterPlugin>("Create", Project, PipelineStage.PreOperation, "fromPre"));
        _dataverse.RegisterStep(On<ContextRecorderPlugin>("Create", Project, PipelineStage.PostOperation, "post", rank: 1));
        _dataverse.RegisterStep(On<AuditWritingPlugin>("Create", Project, PipelineStage.PostOperation, rank: 2));
        _dataverse.RegisterStep(On<ContextRecorderPlugin>("Create", TestTables.Audit, PipelineStage.PreOperation, "child"));

        _service.Create(new Entity(Project));

        Execution post = Assert.Single(ExecutionLog.Of(OrganizationId, "post"));
        Assert.Equal("set in stage 20", post.Context.SharedVariables["fromPre"]);
        Assert.False(post.Context.SharedVariables.ContainsKey("fromValidation"));
        Assert.Equal("set in stage 10", post.Parent!.SharedVariables["fromValidation"]);
        Assert.Null(post.Parent.ParentContext);

        Execution child = Assert.Single(ExecutionLog.Of(OrganizationId, "child"));
        Assert.Equal(2, child.Context.Depth);
        IPluginExecutionContext callingStep = child.Parent!.ParentContext!;
        Assert.Equal(40, callingStep.Stage);
        Assert.Equal("set in stage 20", callingStep.SharedVariables["fromPre"]);
        Assert.Equal(post.Context.CorrelationId, child.Context.CorrelationId);
    }

    [Fact]
    public void UserIdFollowsImpersonationWhileTheInitiatingUserStays()
    {
        Guid manager = Guid.NewGuid();
        _dataverse.Initialize(new Entity("systemuser", manager) { ["fullname"] = "Manager" });
        _dataverse.RegisterStep(On<ImpersonatingPlugin>("Create", Project, PipelineStage.PostOperation, manager.ToString()));
        _dataverse.RegisterStep(On<ImpersonatingPlugin>("Update", Project, PipelineStage.PostOperation, "system"));
        _dataverse.RegisterStep(On<ContextRecorderPlugin>("Create", TestTables.Audit, PipelineStage.PreOperation, "audit"));
        Guid caller = _dataverse.Identity.CallerUserId;

        Guid id = _service.Create(new Entity(Project));
        _service.Update(new Entity(Project, id) { ["dw_name"] = "x" });

        Execution[] audits = ExecutionLog.Of(OrganizationId, "audit").ToArray();
        Assert.Equal([manager, _dataverse.Identity.SystemUserId], audits.Select(a => a.Context.UserId));
        Assert.All(audits, a => Assert.Equal(caller, a.Context.InitiatingUserId));
        Assert.Equal([manager, _dataverse.Identity.SystemUserId], _dataverse.Records(TestTables.Audit).Select(a => ((EntityReference)a["createdby"]!).Id));
    }

    [Fact]
    public void AServiceForAnotherUserStartsAChainAsThatUser()
    {
        Guid clerk = Guid.NewGuid();
        _dataverse.Initialize(new Entity("systemuser", clerk) { ["fullname"] = "Clerk" });
        _dataverse.RegisterStep(On<ContextRecorderPlugin>("Create", Project, PipelineStage.PreOperation, "pre"));

        Guid id = _dataverse.GetOrganizationService(clerk).Create(new Entity(Project));

        PluginExecutionContext context = Assert.Single(ExecutionLog.Of(OrganizationId, "pre")).Context;
        Assert.Equal(clerk, context.UserId);
        Assert.Equal(clerk, context.InitiatingUserId);
        Assert.Equal(new EntityReference("systemuser", clerk), _dataverse.Find(Project, id)!["ownerid"]);
    }

    [Fact]
    public void ThePluginIsCreatedOncePerStepWithItsConfigurationConstructor()
    {
        _dataverse.RegisterStep(On<ConfigurationEchoPlugin>("Create", Project, PipelineStage.PostOperation, "{\"mode\":\"live\"}"), secureConfiguration: "client-secret");
        _dataverse.RegisterStep(On<ParameterlessPlugin>("Create", Project, PipelineStage.PreOperation, "ignored"));

        _service.Create(new Entity(Project));
        _service.Create(new Entity(Project));

        Execution[] echoes = ExecutionLog.Of(OrganizationId, "echo").ToArray();
        Assert.Equal(2, echoes.Length);
        Assert.Same(echoes[0].Plugin, echoes[1].Plugin);
        var plugin = (ConfigurationEchoPlugin)echoes[0].Plugin;
        Assert.Equal("(unsecure, secure)", plugin.Constructor);
        Assert.Equal("{\"mode\":\"live\"}", plugin.Unsecure);
        Assert.Equal("client-secret", plugin.Secure);
        Assert.Equal(2, ExecutionLog.Of(OrganizationId, "parameterless").Count);
    }

    [Fact]
    public void RegistrationComesFromTheShippingCatalogAndAStepIsRegisteredOnce()
    {
        // The shipping steps are on the Project Operations tables, which an organization must declare first.
        InMemoryDataverse projectOperations = ProjectOperationsSchema.NewOrganization();
        projectOperations.RegisterShippingSteps(_ => "secure");
        Assert.Equal(PluginStepCatalog.All.Select(s => s.Name), projectOperations.RegisteredSteps.Select(s => s.Name));

        PluginStep step = On<ContextRecorderPlugin>("Create", Project, PipelineStage.PostOperation);
        _dataverse.RegisterStep(step);
        Assert.Throws<InvalidOperationException>(() => _dataverse.RegisterStep(step));
    }

    [Fact]
    public void RetrieveStepsSeeTheRecordAsBusinessEntityInPostOperation()
    {
        _dataverse.RegisterStep(On<ContextRecorderPlugin>("Retrieve", Project, PipelineStage.PostOperation, "retrieve"));
        Guid id = _service.Create(new Entity(Project) { ["dw_name"] = "P" });

        Entity retrieved = _service.Retrieve(Project, id, new ColumnSet("dw_name"));

        PluginExecutionContext context = Assert.Single(ExecutionLog.Of(OrganizationId, "retrieve")).Context;
        Assert.Equal("P", ((Entity)context.OutputParameters["BusinessEntity"]!)["dw_name"]);
        Assert.Equal("P", retrieved["dw_name"]);
    }

    [Fact]
    public void UpsertRunsTheCreateOrUpdateStepsOfTheTable()
    {
        _dataverse.RegisterStep(On<ContextRecorderPlugin>("Create", Project, PipelineStage.PostOperation, "created"));
        _dataverse.RegisterStep(On<SecondContextRecorderPlugin>("Update", Project, PipelineStage.PostOperation, "updated"));
        var upsert = new Microsoft.Xrm.Sdk.Messages.UpsertRequest { Target = new Entity(Project, "dw_code", "U-1") { ["dw_name"] = "a" } };

        _service.Execute(upsert);
        _service.Execute(upsert);

        Assert.Single(ExecutionLog.Of(OrganizationId, "created"));
        Assert.Single(ExecutionLog.Of(OrganizationId, "updated"));
    }
}
