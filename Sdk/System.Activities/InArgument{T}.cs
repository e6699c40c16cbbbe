namespace System.Activities;

/// <summary>
/// Data flowing into an activity. Built from a constant (the constructor, <see cref="FromValue"/> or the
/// implicit conversion), it supplies that constant to every run whose caller passes no value.
/// </summary>
public sealed class InArgument<T> : InArgument
{
    private readonly bool _hasConstantValue;
    private readonly T _constantValue = default!;

    public InArgument()
        : base(typeof(T))
    {
    }

    public InArgument(T constValue)
        : base(typeof(T))
    {
        _hasConstantValue = true;
        _constantValue = constValue;
    }

    internal override object? InitialValue => _hasConstantValue ? _constantValue : default(T);

    internal override bool HasConstantValue => _hasConstantValue;

    public static implicit operator InArgument<T>(T constValue) => FromValue(constValue);

    public static InArgument<T> FromValue(T constValue) => new(constValue);

    public new T Get(ActivityContext context) => Get<T>(context);

    public void Set(ActivityContext context, T value) => base.Set(context, value);
}
