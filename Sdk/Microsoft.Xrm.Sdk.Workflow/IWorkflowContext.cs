namespace Microsoft.Xrm.Sdk.Workflow;

/// <summary>The execution context a custom workflow activity gets from GetExtension&lt;IWorkflowContext&gt;().</summary>
public interface IWorkflowContext : IExecutionContext
{
    /// <summary>The context of the workflow or action that started this one, if any.</summary>
    IWorkflowContext ParentContext { get; }

    string StageName { get; }

    /// <summary>0 workflow, 1 dialog, 3 action.</summary>
    int WorkflowCategory { get; }

    /// <summary>0 background (asynchronous), 1 real-time (synchronous).</summary>
    int WorkflowMode { get; }
}
