using System;
using System.Activities;
using System.Collections.Generic;
using System.Reflection;
using DualWrite.Plugins;
using DualWrite.Tests.Support;
using Xunit;

namespace DualWrite.Tests.Build;

/// <summary>
/// Dataverse caches plug-in and activity instances and runs them on many threads at once, so no entry point
/// may hold mutable instance state: every instance field, its own or inherited, must be read-only.
/// </summary>
public sealed class StatelessEntryPointTests
{
    public static TheoryData<Type> EntryPoints()
    {
        var data = new TheoryData<Type>();
        foreach (Type type in ShippedEntryPoints.All)
        {
            data.Add(type);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(EntryPoints))]
    public void HoldsNoMutableInstanceState(Type entryPoint)
    {
        Assert.Empty(MutableInstanceFields(entryPoint));
    }

    [Fact]
    public void TheCheckFindsAMutableField()
    {
        Assert.Equal(["_lastRecord"], MutableInstanceFields(typeof(StatefulPlugin)));
    }

    [Fact]
    public void TheCheckAllowsAnActivitysArgumentPropertiesButNotOtherState()
    {
        Assert.Equal(["_lastInput", "<Counter>k__BackingField"], MutableInstanceFields(typeof(StatefulActivity)));
    }

    private static IEnumerable<string> MutableInstanceFields(Type type)
    {
        for (Type? t = type; t is not null && t != typeof(object) && t.Assembly != typeof(CodeActivity).Assembly; t = t.BaseType)
        {
            foreach (FieldInfo field in t.GetFields(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly))
            {
                if (!field.IsInitOnly && !IsArgumentProperty(t, field))
                {
                    yield return field.Name;
                }
            }
        }
    }

    /// <summary>
    /// The backing field of an activity's public InArgument/OutArgument property: the workflow runtime sets it once
    /// when it builds the activity (as the platform's samples declare them, with a setter); the values themselves live
    /// in each execution's context, not in the instance.
    /// </summary>
    private static bool IsArgumentProperty(Type type, FieldInfo field) =>
        typeof(Argument).IsAssignableFrom(field.FieldType)
        && field.Name.StartsWith('<') && field.Name.EndsWith(">k__BackingField", StringComparison.Ordinal)
        && type.GetProperty(field.Name[1..field.Name.IndexOf('>', StringComparison.Ordinal)], BindingFlags.Instance | BindingFlags.Public) is not null;

    private sealed class StatefulPlugin : PluginBase
    {
        private Guid _lastRecord;

        public StatefulPlugin()
            : base(null, null)
        {
        }

        protected override void ExecuteDataversePlugin(LocalPluginContext context) => _lastRecord = context.PluginExecutionContext.PrimaryEntityId;
    }

    private sealed class StatefulActivity : CodeActivity
    {
        private string? _lastInput;

        public InArgument<string> Input { get; set; } = new();

        public int Counter { get; set; }

        protected override void Execute(CodeActivityContext context) => _lastInput = Input.Get(context) + Counter;
    }
}
