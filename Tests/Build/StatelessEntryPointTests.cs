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

    private static IEnumerable<string> MutableInstanceFields(Type type)
    {
        for (Type? t = type; t is not null && t != typeof(object) && t.Assembly != typeof(CodeActivity).Assembly; t = t.BaseType)
        {
            foreach (FieldInfo field in t.GetFields(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly))
            {
                if (!field.IsInitOnly)
                {
                    yield return field.Name;
                }
            }
        }
    }

    private sealed class StatefulPlugin : PluginBase
    {
        private Guid _lastRecord;

        public StatefulPlugin()
            : base(null, null)
        {
        }

        protected override void ExecuteDataversePlugin(LocalPluginContext context) => _lastRecord = context.PluginExecutionContext.PrimaryEntityId;
    }
}
