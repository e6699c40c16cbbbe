namespace System.Activities;

/// <summary>An activity whose work is the synchronous code in <see cref="Execute"/>.</summary>
public abstract class CodeActivity : Activity
{
    protected CodeActivity()
    {
    }

    // A code activity has no child implementation; WF rejects setting one.
    protected sealed override Func<Activity>? Implementation
    {
        get => null;
        set
        {
            if (value is not null)
            {
                throw new NotSupportedException("A CodeActivity cannot have an Implementation.");
            }
        }
    }

    protected sealed override Version? ImplementationVersion
    {
        get => null;
        set
        {
            if (value is not null)
            {
                throw new NotSupportedException("A CodeActivity cannot have an ImplementationVersion.");
            }
        }
    }

    protected abstract void Execute(CodeActivityContext context);

    /// <summary>Lets the host in this assembly run the protected <see cref="Execute"/>.</summary>
    internal void ExecuteCore(CodeActivityContext context) => Execute(context);
}
