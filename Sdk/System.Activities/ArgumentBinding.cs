using System.Collections.Generic;
using System.Linq;
using System.Reflection;

namespace System.Activities;

/// <summary>One argument property of an activity, as a host sees it: WF's RuntimeArgument, reduced to what the invoker needs.</summary>
internal sealed class ArgumentBinding
{
    private ArgumentBinding(string name, Argument argument, bool isRequired, IReadOnlyList<string> overloadGroups)
    {
        Name = name;
        Argument = argument;
        IsRequired = isRequired;
        OverloadGroups = overloadGroups;
    }

    public string Name { get; }

    public Argument Argument { get; }

    public ArgumentDirection Direction => Argument.Direction;

    public Type ArgumentType => Argument.ArgumentType;

    public bool IsRequired { get; }

    public IReadOnlyList<string> OverloadGroups { get; }

    /// <summary>
    /// Reads the activity's public argument properties. Like WF, a property left null gets a fresh argument
    /// object, so activities can declare <c>public InArgument&lt;string&gt; Text { get; set; }</c> without initialising it.
    /// </summary>
    public static IReadOnlyList<ArgumentBinding> Discover(Activity activity)
    {
        var bindings = new List<ArgumentBinding>();
        var owners = new Dictionary<Argument, string>(ReferenceEqualityComparer.Instance);
        foreach (PropertyInfo property in activity.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            if (!typeof(Argument).IsAssignableFrom(property.PropertyType) || property.GetMethod is null || property.GetIndexParameters().Length > 0)
            {
                continue;
            }

            Argument argument = (Argument?)property.GetValue(activity) ?? CreateFor(activity, property);
            if (owners.TryGetValue(argument, out string? other))
            {
                throw new InvalidOperationException($"The activity '{activity.DisplayName}' uses one argument object for both '{other}' and '{property.Name}'; each argument property needs its own.");
            }

            if (bindings.Any(b => b.Name == property.Name))
            {
                throw new InvalidOperationException($"The activity '{activity.DisplayName}' declares more than one argument named '{property.Name}'.");
            }

            owners.Add(argument, property.Name);
            bindings.Add(new ArgumentBinding(
                property.Name,
                argument,
                property.IsDefined(typeof(RequiredArgumentAttribute), inherit: true),
                property.GetCustomAttributes<OverloadGroupAttribute>(inherit: true).Select(a => a.GroupName ?? "").ToArray()));
        }

        return bindings;
    }

    private static Argument CreateFor(Activity activity, PropertyInfo property)
    {
        Type type = property.PropertyType;
        if (!type.IsGenericType || property.SetMethod is not { IsPublic: true })
        {
            throw new InvalidOperationException($"The argument property '{property.Name}' of activity '{activity.DisplayName}' is null and cannot be given an argument of its own.");
        }

        Type definition = type.GetGenericTypeDefinition();
        ArgumentDirection direction = definition == typeof(InArgument<>) ? ArgumentDirection.In
            : definition == typeof(OutArgument<>) ? ArgumentDirection.Out
            : ArgumentDirection.InOut;
        Argument argument = Argument.Create(type.GetGenericArguments()[0], direction);
        property.SetValue(activity, argument);
        return argument;
    }
}
