namespace Microsoft.Xrm.Sdk.Workflow;

/// <summary>Whether a workflow argument is read by or written by a step (the platform's own, distinct from System.Activities.ArgumentDirection).</summary>
public enum ArgumentDirection
{
    Input = 0,
    Output = 1,
}
