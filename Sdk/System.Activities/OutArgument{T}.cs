namespace System.Activities;

/// <summary>Data flowing out of an activity: a run starts with default(T) and the host returns what the activity set.</summary>
public sealed class OutArgument<T> : OutArgument
{
    public OutArgument()
        : base(typeof(T))
    {
    }

    internal override object? InitialValue => default(T);

    public new T Get(ActivityContext context) => Get<T>(context);

    public void Set(ActivityContext context, T value) => base.Set(context, value);
}
