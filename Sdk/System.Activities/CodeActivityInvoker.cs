using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Runtime.CompilerServices;

namespace System.Activities;

/// <summary>
/// Runs a code activity the way WF's <c>WorkflowInvoker.Invoke(activity, inputs)</c> does: inputs bound by
/// argument name, extensions offered to <see cref="ActivityContext.GetExtension{T}"/>, Out and InOut values
/// returned by name. WorkflowInvoker is not part of the stand-in's public API, hence internal.
/// </summary>
internal static class CodeActivityInvoker
{
    // Argument discovery may fill null argument properties of the shared activity, so it runs once per instance, under a lock.
    private static readonly ConditionalWeakTable<Activity, IReadOnlyList<ArgumentBinding>> s_bindings = new();
    private static readonly object s_bindingsLock = new();

    public static IDictionary<string, object?> Invoke(CodeActivity activity, IDictionary<string, object?> inputs) =>
        Invoke(activity, inputs, []);

    public static IDictionary<string, object?> Invoke(CodeActivity activity, IDictionary<string, object?> inputs, IEnumerable<object> extensions)
    {
        ArgumentNullException.ThrowIfNull(activity);
        ArgumentNullException.ThrowIfNull(inputs);
        ArgumentNullException.ThrowIfNull(extensions);

        object[] extensionList = extensions.ToArray();
        if (extensionList.Any(e => e is null))
        {
            throw new ArgumentException("An extension is null.", nameof(extensions));
        }

        IReadOnlyList<ArgumentBinding> bindings = GetBindings(activity);
        Dictionary<Argument, object?> values = BindInputs(activity, bindings, inputs);

        var context = new CodeActivityContext(activity, values, extensionList, Guid.NewGuid(), activityInstanceId: "1");
        try
        {
            activity.ExecuteCore(context);
        }
        finally
        {
            context.Dispose();
        }

        var outputs = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (ArgumentBinding binding in bindings.Where(b => b.Direction != ArgumentDirection.In))
        {
            outputs[binding.Name] = values[binding.Argument];
        }

        return outputs;
    }

    private static IReadOnlyList<ArgumentBinding> GetBindings(Activity activity)
    {
        lock (s_bindingsLock)
        {
            if (!s_bindings.TryGetValue(activity, out IReadOnlyList<ArgumentBinding>? bindings))
            {
                bindings = ArgumentBinding.Discover(activity);
                activity.OnPreparedAsRoot();
                s_bindings.Add(activity, bindings);
            }

            return bindings;
        }
    }

    private static Dictionary<Argument, object?> BindInputs(Activity activity, IReadOnlyList<ArgumentBinding> bindings, IDictionary<string, object?> inputs)
    {
        var inputBindings = bindings.Where(b => b.Direction != ArgumentDirection.Out).ToDictionary(b => b.Name, StringComparer.Ordinal);
        string[] unknown = inputs.Keys.Where(key => !inputBindings.ContainsKey(key)).ToArray();
        if (unknown.Length > 0)
        {
            throw new ArgumentException(string.Format(CultureInfo.InvariantCulture,
                "The values provided for the root activity's arguments did not satisfy the root activity's requirements: '{0}': The following keys from the input dictionary do not map to In or InOut arguments and must be removed: {1}. Please note that argument names are case sensitive.",
                activity.DisplayName, string.Join(", ", unknown.Select(k => "'" + k + "'"))), nameof(inputs));
        }

        var values = new Dictionary<Argument, object?>(ReferenceEqualityComparer.Instance);
        var supplied = new HashSet<string>(StringComparer.Ordinal);
        foreach (ArgumentBinding binding in bindings)
        {
            if (binding.Direction != ArgumentDirection.Out && inputs.TryGetValue(binding.Name, out object? value))
            {
                if (!binding.Argument.CanHold(value))
                {
                    throw new ArgumentException(string.Format(CultureInfo.InvariantCulture,
                        "The value provided for argument '{0}' of activity '{1}' is {2}, but the argument's type is '{3}'.",
                        binding.Name, activity.DisplayName, value is null ? "null" : "of type '" + value.GetType().FullName + "'", binding.ArgumentType.FullName), nameof(inputs));
                }

                values.Add(binding.Argument, value);
                supplied.Add(binding.Name);
            }
            else
            {
                values.Add(binding.Argument, binding.Argument.InitialValue);
                if (binding.Argument.HasConstantValue)
                {
                    supplied.Add(binding.Name);
                }
            }
        }

        CheckRequiredArguments(activity, bindings, supplied);
        return values;
    }

    // WF checks required arguments outside overload groups one by one, and requires at least one overload group
    // to have all its required arguments; the rest of WF's overload-group rules are not reproduced here.
    private static void CheckRequiredArguments(Activity activity, IReadOnlyList<ArgumentBinding> bindings, HashSet<string> supplied)
    {
        var errors = new List<string>();
        foreach (ArgumentBinding binding in bindings.Where(b => b.IsRequired && b.OverloadGroups.Count == 0 && b.Direction != ArgumentDirection.Out))
        {
            if (!supplied.Contains(binding.Name))
            {
                errors.Add($"Value for a required activity argument '{binding.Name}' was not supplied.");
            }
        }

        var groups = bindings.SelectMany(b => b.OverloadGroups.Select(g => (Group: g, Binding: b))).GroupBy(x => x.Group, x => x.Binding, StringComparer.Ordinal).ToArray();
        if (groups.Length > 0 && !groups.Any(g => g.Where(b => b.IsRequired && b.Direction != ArgumentDirection.Out).All(b => supplied.Contains(b.Name))))
        {
            errors.Add($"None of the following overload groups were configured: {string.Join(", ", groups.Select(g => "'" + g.Key + "'"))}. One of these overload groups must be configured.");
        }

        if (errors.Count > 0)
        {
            throw new ArgumentException($"The values provided for the root activity's arguments did not satisfy the root activity's requirements: '{activity.DisplayName}': {string.Join(" ", errors)}", "inputs");
        }
    }
}
