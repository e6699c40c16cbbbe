using System.Globalization;

namespace System.Activities;

/// <summary>
/// Data flowing into or out of an activity. An argument object belongs to a cached, shared activity, so it
/// never holds a value: each run's value lives in that run's <see cref="ActivityContext"/>.
/// </summary>
public abstract class Argument
{
    public const string ResultValue = "Result";

    public static readonly int UnspecifiedEvaluationOrder = -1;

    private int _evaluationOrder = UnspecifiedEvaluationOrder;

    // Only the typed arguments in this assembly derive from Argument, as in WF.
    internal Argument(Type argumentType, ArgumentDirection direction)
    {
        ArgumentType = argumentType;
        Direction = direction;
    }

    public Type ArgumentType { get; }

    public ArgumentDirection Direction { get; }

    public int EvaluationOrder
    {
        get => _evaluationOrder;
        set
        {
            if (value < 0 && value != UnspecifiedEvaluationOrder)
            {
                throw new ArgumentOutOfRangeException(nameof(value), value, "EvaluationOrder must be zero or more, or Argument.UnspecifiedEvaluationOrder.");
            }

            _evaluationOrder = value;
        }
    }

    /// <summary>The value a run starts with when the caller supplies none: a constant given at construction, else default.</summary>
    internal abstract object? InitialValue { get; }

    /// <summary>Whether the argument was built from a constant, which binds it as WF's Literal expression does.</summary>
    internal virtual bool HasConstantValue => false;

    public static Argument Create(Type type, ArgumentDirection direction)
    {
        ArgumentNullException.ThrowIfNull(type);
        Type definition = direction switch
        {
            ArgumentDirection.In => typeof(InArgument<>),
            ArgumentDirection.Out => typeof(OutArgument<>),
            ArgumentDirection.InOut => typeof(InOutArgument<>),
            _ => throw new ArgumentOutOfRangeException(nameof(direction), direction, "Unknown argument direction."),
        };
        return (Argument)Activator.CreateInstance(definition.MakeGenericType(type))!;
    }

    public object? Get(ActivityContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return context.GetArgumentValue(this);
    }

    public T Get<T>(ActivityContext context)
    {
        object? value = Get(context);
        if (value is T typed)
        {
            return typed;
        }

        if (value is null && default(T) is null)
        {
            return default!;
        }

        throw new InvalidCastException(string.Format(CultureInfo.InvariantCulture,
            "The argument's value of type '{0}' cannot be read as '{1}'.", value?.GetType().FullName ?? "null", typeof(T).FullName));
    }

    public void Set(ActivityContext context, object? value)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (!CanHold(value))
        {
            throw new InvalidOperationException(string.Format(CultureInfo.InvariantCulture,
                "A value of type '{0}' cannot be assigned to an argument of type '{1}'.", value?.GetType().FullName ?? "null", ArgumentType.FullName));
        }

        context.SetArgumentValue(this, value);
    }

    internal bool CanHold(object? value) =>
        value is null ? !ArgumentType.IsValueType || Nullable.GetUnderlyingType(ArgumentType) is not null : ArgumentType.IsInstanceOfType(value);
}
