using System;
using DualWrite.Testing.Pipeline;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Workflow;

namespace DualWrite.Testing.Activities;

/// <summary>
/// The IWorkflowContext a custom workflow activity gets from its workflow or action, settable so a test can shape
/// it (FakeXrmEasy's XrmFakedWorkflowContext). Defaults describe a real-time action (category 3, synchronous).
/// </summary>
public sealed class WorkflowContext : SettableExecutionContext, IWorkflowContext
{
    public WorkflowContext()
    {
        Mode = 1;
        MessageName = "Update";
        IsInTransaction = true;
        OwningExtension = new EntityReference("workflow", Guid.NewGuid());
    }

    public IWorkflowContext ParentContext { get; set; } = null!;

    public string StageName { get; set; } = "";

    /// <summary>0 workflow, 1 dialog, 3 action.</summary>
    public int WorkflowCategory { get; set; } = 3;

    /// <summary>0 background, 1 real-time.</summary>
    public int WorkflowMode { get; set; } = 1;

    /// <summary>
    /// Makes this the context of a background (asynchronous) workflow: the platform runs it later, outside any
    /// transaction, so each write an activity makes commits on its own.
    /// </summary>
    public WorkflowContext AsBackgroundWorkflow()
    {
        WorkflowCategory = 0;
        WorkflowMode = 0;
        Mode = 1;
        IsInTransaction = false;
        return this;
    }

    /// <summary>Makes this the context of a real-time (synchronous) workflow, which runs inside the transaction of the operation that started it.</summary>
    public WorkflowContext AsRealTimeWorkflow()
    {
        WorkflowCategory = 0;
        WorkflowMode = 1;
        Mode = 0;
        IsInTransaction = true;
        return this;
    }
}
