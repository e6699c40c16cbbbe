namespace System.Activities;

/// <summary>Data flowing into and back out of an activity: a run starts with the caller's value (or default) and the host returns the last one set.</summary>
public sealed class InOutArgument<T> : InOutArgument
{
    public InOutArgument()
        : base(typeof(T))
    {
    }

    internal override object? InitialValue => default(T);

    public new T Get(ActivityContext context) => Get<T>(context);

    public void Set(ActivityContext context, T value) => base.Set(context, value);
}
