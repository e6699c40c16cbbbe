using System.Activities;
using DualWrite.Common;

namespace DualWrite.WorkflowActivities;

/// <summary>
/// The base of every custom workflow activity in this assembly. Dataverse caches activity instances and shares
/// them, so an activity keeps no mutable state of its own: argument values live in the workflow context, and
/// everything else in the <see cref="LocalActivityContext"/> of the execution.
/// </summary>
public abstract class CodeActivityBase : CodeActivity
{
    /// <summary>The name the trace log and error messages use: the activity type's full name.</summary>
    protected string ActivityName => GetType().FullName!;

    protected sealed override void Execute(CodeActivityContext context)
    {
        var local = new LocalActivityContext(context, ActivityName);
        ExecutionBoundary.Run(ActivityName, local.WorkflowContext, local.ElapsedTimeTracing, () => ExecuteActivity(local));
    }

    /// <summary>The activity's work for one execution.</summary>
    protected abstract void ExecuteActivity(LocalActivityContext context);
}
