using System;
using System.Collections.Generic;
using System.Linq;
using DualWrite.Plugins.Registration;
using DualWrite.Testing;
using DualWrite.Testing.Activities;
using DualWrite.Testing.Faults;
using DualWrite.Testing.Pipeline;
using DualWrite.Testing.Services;
using DualWrite.Tests.Testing.Activities;
using DualWrite.Tests.Testing.Plugins;
using DualWrite.Tests.Testing.Support;
using Microsoft.Xrm.Sdk;
using Xunit;
using static DualWrite.Tests.Testing.Support.Steps;

namespace DualWrite.Tests.Testing;

/// <summary>The FakeXrmEasy-style helpers: one plug-in or activity run directly, with the organization's services.</summary>
public sealed class DirectExecutionTests
{
    private readonly InMemoryDataverse _dataverse = TestTables.NewOrganization();

    private Guid OrganizationId => _dataverse.Identity.OrganizationId;

    [Fact]
    public void ExecutePluginWithTargetBuildsTheContextWithImagesAndConfiguration()
    {
        var target = new Entity(TestTables.Project, Guid.NewGuid()) { ["dw_name"] = "new" };
        var preImages = new EntityImageCollection { ["pre"] = new Entity(TestTables.Project, target.Id) { ["dw_name"] = "old" } };

        ConfigurationEchoPlugin plugin = _dataverse.ExecutePluginWithTarget<ConfigurationEchoPlugin>(target, "Update", 20, preImages, unsecureConfiguration: "u", secureConfiguration: "s");

        Assert.Equal(("(unsecure, secure)", "u", "s"), (plugin.Constructor, plugin.Unsecure, plugin.Secure));
        PluginExecutionContext context = Assert.Single(ExecutionLog.Of(OrganizationId, "echo")).Context;
        Assert.Equal(("Update", 20, TestTables.Project, target.Id), (context.MessageName, context.Stage, context.PrimaryEntityName, context.PrimaryEntityId));
        Assert.Equal(target.Id, ((Entity)context.InputParameters["Target"]!).Id);
        Assert.Equal("old", context.PreEntityImages["pre"]["dw_name"]);
        Assert.Equal(_dataverse.Identity.CallerUserId, context.UserId);
    }

    [Fact]
    public void APluginRunDirectlyWritesThroughThePipelineAsItsChild()
    {
        _dataverse.RegisterStep(On<ContextRecorderPlugin>("Create", TestTables.Audit, PipelineStage.PreOperation, "child"));
        PluginExecutionContext context = _dataverse.GetDefaultPluginContext();
        context.MessageName = "Update";
        context.PrimaryEntityName = "account";

        _dataverse.ExecutePluginWith<AuditWritingPlugin>(context);

        Assert.Equal("Update of account", Assert.Single(_dataverse.Records(TestTables.Audit))["dw_name"]);
        Execution child = Assert.Single(ExecutionLog.Of(OrganizationId, "child"));
        Assert.Equal(2, child.Context.Depth);
        Assert.Same(context, child.Parent!.ParentContext);
    }

    [Fact]
    public void AFailingPluginRunInATransactionLeavesNoWritesAndItsExceptionReachesTheTest()
    {
        var refusal = new InvalidPluginExecutionException("refused after writing");
        var plugin = new DelegatePlugin(services =>
        {
            var factory = (IOrganizationServiceFactory)services.GetService(typeof(IOrganizationServiceFactory))!;
            factory.CreateOrganizationService(null).Create(new Entity(TestTables.Audit) { ["dw_name"] = "written" });
            throw refusal;
        });

        Assert.Same(refusal, Assert.Throws<InvalidPluginExecutionException>(() => _dataverse.ExecutePluginWith(plugin, _dataverse.GetDefaultPluginContext())));
        Assert.Empty(_dataverse.Records(TestTables.Audit));

        PluginExecutionContext outside = _dataverse.GetDefaultPluginContext();
        outside.IsInTransaction = false;
        Assert.Throws<InvalidPluginExecutionException>(() => _dataverse.ExecutePluginWith(plugin, outside));
        Assert.Single(_dataverse.Records(TestTables.Audit));
    }

    [Fact]
    public void TraceLinesAreCapturedPerSource()
    {
        _dataverse.RegisterStep(On<DelegatingTracePlugin>("Create", TestTables.Project, PipelineStage.PreOperation));
        var direct = new DelegatePlugin(services => ((ITracingService)services.GetService(typeof(ITracingService))!).Trace("direct {0}", 1));

        _dataverse.ExecutePluginWith(direct, _dataverse.GetDefaultPluginContext());
        _dataverse.GetOrganizationService().Create(new Entity(TestTables.Project));

        Assert.Equal(["direct 1", "step saw Create"], _dataverse.Traces.Lines.Select(l => l.Text));
        Assert.Equal(["step saw Create"], _dataverse.Traces.Of(typeof(DelegatingTracePlugin)));
        Assert.Equal(On<DelegatingTracePlugin>("Create", TestTables.Project, PipelineStage.PreOperation).Name, _dataverse.Traces.Lines[1].Source);
    }

    [Fact]
    public void TheManagedIdentityHandsOutWhatTheTestProgrammedAndRecordsTheRequests()
    {
        string? token = null;
        var plugin = new DelegatePlugin(services => token = ((IManagedIdentityService)services.GetService(typeof(IManagedIdentityService))!).AcquireToken(["https://contoso.operations.dynamics.com/.default"]));

        Assert.Throws<InvalidPluginExecutionException>(() => _dataverse.ExecutePluginWith(plugin, _dataverse.GetDefaultPluginContext()));
        _dataverse.ManagedIdentity.IssuesWith(request => "token for " + request.Scopes[0]);
        _dataverse.ExecutePluginWith(plugin, _dataverse.GetDefaultPluginContext());

        Assert.Equal("token for https://contoso.operations.dynamics.com/.default", token);
        Assert.Equal(2, _dataverse.ManagedIdentity.Requests.Count);
        Assert.All(_dataverse.ManagedIdentity.Requests, r => Assert.Equal(["https://contoso.operations.dynamics.com/.default"], r.Scopes));
    }

    [Fact]
    public void AHostServiceIsOfferedWhenAddedAndAbsentOtherwiseAsInDataverse()
    {
        object? seen = "not asked";
        var plugin = new DelegatePlugin(services => seen = services.GetService(typeof(IComparer<string>)));

        _dataverse.ExecutePluginWith(plugin, _dataverse.GetDefaultPluginContext());
        Assert.Null(seen);

        _dataverse.HostServices.Add<IComparer<string>>(StringComparer.Ordinal);
        _dataverse.ExecutePluginWith(plugin, _dataverse.GetDefaultPluginContext());
        Assert.Same(StringComparer.Ordinal, seen);
        Assert.Throws<ArgumentException>(() => _dataverse.HostServices.Add<ITracingService>(new CapturingTracingService()));
    }

    [Fact]
    public void TheServiceEndpointNotificationServiceRecordsPostsAndAnswersAsProgrammed()
    {
        var endpoint = new EntityReference("serviceendpoint", Guid.NewGuid());
        string? answer = null;
        var plugin = new DelegatePlugin(services => answer = ((IServiceEndpointNotificationService)services.GetService(typeof(IServiceEndpointNotificationService))!)
            .Execute(endpoint, (IExecutionContext)services.GetService(typeof(IPluginExecutionContext))!));
        _dataverse.ServiceEndpointNotifications.RespondsWith(n => "accepted " + n.Context.MessageName);
        PluginExecutionContext context = _dataverse.GetDefaultPluginContext();

        _dataverse.ExecutePluginWith(plugin, context);

        Assert.Equal("accepted Create", answer);
        EndpointNotification posted = Assert.Single(_dataverse.ServiceEndpointNotifications.Notifications);
        Assert.Equal(endpoint, posted.ServiceEndpoint);
        Assert.Equal(context.CorrelationId, posted.Context.CorrelationId);
    }

    [Fact]
    public void ExecuteCodeActivityRunsWithTheWorkflowContextAndReturnsTheOutputs()
    {
        Guid id = _dataverse.GetOrganizationService().Create(new Entity(TestTables.Project));

        IDictionary<string, object?> outputs = _dataverse.ExecuteCodeActivity<ProjectNoteActivity>(new Dictionary<string, object?> { ["Note"] = "posted" }, new Entity(TestTables.Project, id));

        Assert.Equal("posted on dw_project at depth 1", outputs["Echo"]);
        Assert.Equal("posted", _dataverse.Find(TestTables.Project, id)!["dw_description"]);
        Assert.Equal(["noted posted"], _dataverse.Traces.Of(typeof(ProjectNoteActivity)));
    }

    [Fact]
    public void AFailingRealTimeActivityLeavesNoWritesWhileABackgroundOneKeepsThem()
    {
        Guid id = _dataverse.GetOrganizationService().Create(new Entity(TestTables.Project) { ["dw_description"] = "before" });
        var inputs = new Dictionary<string, object?> { ["Note"] = "fail" };

        Assert.Throws<InvalidPluginExecutionException>(() => _dataverse.ExecuteCodeActivity<ProjectNoteActivity>(inputs, new Entity(TestTables.Project, id)));
        Assert.Equal("before", _dataverse.Find(TestTables.Project, id)!["dw_description"]);

        WorkflowContext background = _dataverse.GetDefaultWorkflowContext();
        background.WorkflowMode = 0;
        background.IsInTransaction = false;
        background.PrimaryEntityName = TestTables.Project;
        background.PrimaryEntityId = id;
        Assert.Throws<InvalidPluginExecutionException>(() => _dataverse.ExecuteCodeActivity<ProjectNoteActivity>(background, inputs));
        Assert.Equal("fail", _dataverse.Find(TestTables.Project, id)!["dw_description"]);
    }

    [Fact]
    public void AnActivitysWritesRunTheStepsOfTheRecordsItChanges()
    {
        _dataverse.RegisterStep(On<ContextRecorderPlugin>("Update", TestTables.Project, PipelineStage.PostOperation, "update"));
        Guid id = _dataverse.GetOrganizationService().Create(new Entity(TestTables.Project));
        WorkflowContext context = _dataverse.GetDefaultWorkflowContext();
        context.PrimaryEntityName = TestTables.Project;
        context.PrimaryEntityId = id;

        _dataverse.ExecuteCodeActivity<ProjectNoteActivity>(context, new Dictionary<string, object?> { ["Note"] = "n" });

        PluginExecutionContext update = Assert.Single(ExecutionLog.Of(OrganizationId, "update")).Context;
        Assert.Equal(2, update.Depth);
        Assert.Equal(context.CorrelationId, update.CorrelationId);
    }

    [Fact]
    public void AFaultFromTheOrganizationKeepsItsShapeThroughADirectRun()
    {
        var plugin = new DelegatePlugin(services =>
            ((IOrganizationServiceFactory)services.GetService(typeof(IOrganizationServiceFactory))!).CreateOrganizationService(null).Delete(TestTables.Project, Guid.Empty));

        AssertFault.Throws(ErrorCodes.InvalidArgument, () => _dataverse.ExecutePluginWith(plugin, _dataverse.GetDefaultPluginContext()));
    }
}
