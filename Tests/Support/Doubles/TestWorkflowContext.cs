using System;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Workflow;

namespace DualWrite.Tests.Support.Doubles;

/// <summary>A workflow context with settable values, for the base-class tests of the code activities.</summary>
internal sealed class TestWorkflowContext : TestExecutionContext, IWorkflowContext
{
    public TestWorkflowContext()
        : base("dw_ApplyFinanceConfirmation", "msdyn_actual")
    {
        OwningExtension = new EntityReference("workflow", Guid.NewGuid());
    }

    public IWorkflowContext ParentContext { get; set; } = null!;

    public string StageName { get; set; } = "";

    public int WorkflowCategory { get; set; } = 3;

    public int WorkflowMode { get; set; } = 1;
}
