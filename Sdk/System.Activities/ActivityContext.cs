using System.Collections.Generic;
using System.Globalization;

namespace System.Activities;

/// <summary>
/// One run of an activity: the values of its arguments for that run and the host's extensions. The
/// activity object is shared between runs, so this is where everything run-specific lives.
/// </summary>
public class ActivityContext
{
    private readonly Activity _activity;
    private readonly Dictionary<Argument, object?> _values;
    private readonly IReadOnlyList<object> _extensions;
    private readonly Guid _workflowInstanceId;
    private readonly string _activityInstanceId;
    private bool _disposed;

    // Only a host creates contexts, as in WF.
    internal ActivityContext(Activity activity, Dictionary<Argument, object?> values, IReadOnlyList<object> extensions, Guid workflowInstanceId, string activityInstanceId)
    {
        _activity = activity;
        _values = values;
        _extensions = extensions;
        _workflowInstanceId = workflowInstanceId;
        _activityInstanceId = activityInstanceId;
    }

    public string ActivityInstanceId
    {
        get
        {
            ThrowIfDisposed();
            return _activityInstanceId;
        }
    }

    public Guid WorkflowInstanceId
    {
        get
        {
            ThrowIfDisposed();
            return _workflowInstanceId;
        }
    }

    /// <summary>The host's extension assignable to <typeparamref name="T"/>, or null when there is none (as in WF).</summary>
    public T? GetExtension<T>()
        where T : class
    {
        ThrowIfDisposed();
        foreach (object extension in _extensions)
        {
            if (extension is T match)
            {
                return match;
            }
        }

        return null;
    }

    public T GetValue<T>(InArgument<T> argument)
    {
        ArgumentNullException.ThrowIfNull(argument);
        return argument.Get(this);
    }

    public T GetValue<T>(InOutArgument<T> argument)
    {
        ArgumentNullException.ThrowIfNull(argument);
        return argument.Get(this);
    }

    public T GetValue<T>(OutArgument<T> argument)
    {
        ArgumentNullException.ThrowIfNull(argument);
        return argument.Get(this);
    }

    public object? GetValue(Argument argument)
    {
        ArgumentNullException.ThrowIfNull(argument);
        return argument.Get(this);
    }

    public void SetValue(Argument argument, object? value)
    {
        ArgumentNullException.ThrowIfNull(argument);
        argument.Set(this, value);
    }

    public void SetValue<T>(InArgument<T> argument, T value)
    {
        ArgumentNullException.ThrowIfNull(argument);
        argument.Set(this, value);
    }

    public void SetValue<T>(InOutArgument<T> argument, T value)
    {
        ArgumentNullException.ThrowIfNull(argument);
        argument.Set(this, value);
    }

    public void SetValue<T>(OutArgument<T> argument, T value)
    {
        ArgumentNullException.ThrowIfNull(argument);
        argument.Set(this, value);
    }

    internal object? GetArgumentValue(Argument argument)
    {
        ThrowIfDisposed();
        return _values.TryGetValue(argument, out object? value) ? value : throw NotDeclared(argument);
    }

    internal void SetArgumentValue(Argument argument, object? value)
    {
        ThrowIfDisposed();
        if (!_values.ContainsKey(argument))
        {
            throw NotDeclared(argument);
        }

        _values[argument] = value;
    }

    /// <summary>Ends the run: WF contexts are valid only while the activity's method runs, so a kept reference fails loudly.</summary>
    internal void Dispose() => _disposed = true;

    private void ThrowIfDisposed()
    {
        if (_disposed)
        {
            throw new ObjectDisposedException(GetType().Name, "An ActivityContext can only be accessed within the scope of the function it was passed into.");
        }
    }

    private InvalidOperationException NotDeclared(Argument argument) => new(string.Format(CultureInfo.InvariantCulture,
        "The argument of type '{0}' cannot be used. Make sure that it is declared on the activity '{1}'.", argument.ArgumentType.FullName, _activity.DisplayName));
}
