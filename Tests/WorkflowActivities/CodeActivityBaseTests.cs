using System;
using System.Activities;
using System.Collections.Generic;
using System.Linq;
using DualWrite.Testing;
using DualWrite.Testing.Activities;
using DualWrite.Testing.Services;
using DualWrite.WorkflowActivities;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Workflow;
using Xunit;

namespace DualWrite.Tests.WorkflowActivities;

public sealed class CodeActivityBaseTests
{
    private readonly InMemoryDataverse _dataverse = new();
    private readonly WorkflowContext _context;
    private readonly Guid _workflowOwner = Guid.NewGuid();

    public CodeActivityBaseTests()
    {
        _dataverse.Initialize(new Entity("systemuser", _workflowOwner) { ["fullname"] = "Workflow owner" });
        _context = _dataverse.GetDefaultWorkflowContext();
        _context.MessageName = "dw_ApplyFinanceConfirmation";
        _context.PrimaryEntityName = "msdyn_actual";
        _context.PrimaryEntityId = Guid.NewGuid();
        _context.UserId = _workflowOwner;
    }

    [Fact]
    public void RunsTheActivityWithItsArgumentsAndTheWorkflowServices()
    {
        IDictionary<string, object?> outputs = Invoke(new EchoActivity(), new Dictionary<string, object?> { ["Text"] = "INV-0001" });

        Assert.Equal("INV-0001 for msdyn_actual", outputs["Echo"]);
        Assert.Equal(_workflowOwner, outputs["ServiceUser"]);
        Assert.Equal(_dataverse.Identity.CallerUserId, outputs["InitiatingUser"]);
    }

    [Fact]
    public void TracesEntryAndExitWithTheCorrelationIdAndElapsedTime()
    {
        Invoke(new EchoActivity(), new Dictionary<string, object?> { ["Text"] = "x" });

        string[] lines = _dataverse.Traces.Of(typeof(EchoActivity)).ToArray();
        Assert.Contains($"Entered {typeof(EchoActivity).FullName}: dw_ApplyFinanceConfirmation of msdyn_actual {_context.PrimaryEntityId:D}", lines[0]);
        Assert.Contains($"correlation id {_context.CorrelationId:D}", lines[0]);
        Assert.EndsWith("echoed", lines[1]);
        Assert.Matches(@"^\[ *\d+\.\d ms\] Exited .*EchoActivity after \d+\.\d ms$", lines[^1]);
    }

    [Fact]
    public void AnUnexpectedExceptionBecomesAnErrorNamingTheActivityMessageTableAndRecord()
    {
        var error = Assert.Throws<InvalidPluginExecutionException>(() => Invoke(new FailingActivity(), []));

        Assert.Equal(
            $"{typeof(FailingActivity).FullName} failed on dw_ApplyFinanceConfirmation of msdyn_actual {_context.PrimaryEntityId:D}: Sequence contains no elements (System.InvalidOperationException) (correlation id {_context.CorrelationId:D})",
            error.Message);
        Assert.IsType<InvalidOperationException>(error.InnerException);
    }

    [Fact]
    public void AMissingWorkflowServiceIsNamed()
    {
        var error = Assert.Throws<InvalidPluginExecutionException>(() =>
            CodeActivityInvoker.Invoke(new EchoActivity(), new Dictionary<string, object?> { ["Text"] = "x" }, [_context, new CapturingTracingService()]));

        Assert.Equal($"{typeof(EchoActivity).FullName} cannot run: the workflow host provided no IOrganizationServiceFactory.", error.Message);
    }

    private IDictionary<string, object?> Invoke(CodeActivity activity, Dictionary<string, object?> inputs) =>
        _dataverse.ExecuteCodeActivity(activity, _context, inputs);

    private sealed class EchoActivity : CodeActivityBase
    {
        [Input("Text")]
        [RequiredArgument]
        public InArgument<string> Text { get; set; } = new();

        [Output("Echo")]
        public OutArgument<string> Echo { get; set; } = new();

        [Output("Service user")]
        public OutArgument<Guid> ServiceUser { get; set; } = new();

        [Output("Initiating user")]
        public OutArgument<Guid> InitiatingUser { get; set; } = new();

        protected override void ExecuteActivity(LocalActivityContext context)
        {
            Echo.Set(context.ActivityContext, $"{Text.Get(context.ActivityContext)} for {context.WorkflowContext.PrimaryEntityName}");
            ServiceUser.Set(context.ActivityContext, ((OrganizationService)context.OrganizationService).UserId);
            InitiatingUser.Set(context.ActivityContext, ((OrganizationService)context.InitiatingUserService).UserId);
            context.Trace("echoed");
        }
    }

    private sealed class FailingActivity : CodeActivityBase
    {
        protected override void ExecuteActivity(LocalActivityContext context) => _ = Array.Empty<int>().First();
    }
}
