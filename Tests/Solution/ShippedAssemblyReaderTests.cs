using System;
using System.Linq;
using DualWrite.SolutionPacker.Assemblies;
using DualWrite.Tests.Solution.Fixtures;
using DualWrite.Tests.Support;
using Xunit;

namespace DualWrite.Tests.Solution;

/// <summary>Reading plug-in and activity types from an assembly's metadata, without loading it.</summary>
public sealed class ShippedAssemblyReaderTests
{
    [Fact]
    public void FindsPublicConcretePluginsAndActivitiesWithTheirAttributes()
    {
        var types = FixtureSolution.Fixtures.Types.ToDictionary(t => t.Name);

        Assert.Equal(
            [nameof(DecoratedFixturePlugin), nameof(GroupedFixtureActivity), nameof(InheritedFixturePlugin), nameof(UngroupedFixtureActivity)],
            types.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(new RegisteredType(typeof(DecoratedFixturePlugin).FullName!, nameof(DecoratedFixturePlugin), RegisteredTypeKind.Plugin, "Fixture: project sync", "Sends fixture projects to Finance.", null), types[nameof(DecoratedFixturePlugin)]);
        Assert.Equal(RegisteredTypeKind.Plugin, types[nameof(InheritedFixturePlugin)].Kind);
        Assert.Equal((RegisteredTypeKind.WorkflowActivity, "Fixture activities"), (types[nameof(GroupedFixtureActivity)].Kind, types[nameof(GroupedFixtureActivity)].Category));
        Assert.Equal((RegisteredTypeKind.WorkflowActivity, null, "Ungrouped Fixture Activity"), (types[nameof(UngroupedFixtureActivity)].Kind, types[nameof(UngroupedFixtureActivity)].DisplayName, types[nameof(UngroupedFixtureActivity)].FriendlyName));
    }

    [Fact]
    public void FindsTheSameEntryPointsInTheNet462BuildsAsReflectionDoesInTheNet10Builds()
    {
        ShippedAssembly plugins = ShippedAssemblyReader.Read(RepositoryPaths.BuildOutput("Plugins", "net462", "DualWrite.Plugins.dll"));
        ShippedAssembly activities = ShippedAssemblyReader.Read(RepositoryPaths.BuildOutput("WorkflowActivities", "net462", "DualWrite.WorkflowActivities.dll"));

        Assert.Equal(ShippedEntryPoints.Plugins.Select(t => t.FullName!).Order(StringComparer.Ordinal), plugins.Types.Select(t => t.FullName));
        Assert.Equal(ShippedEntryPoints.Activities.Select(t => t.FullName!).Order(StringComparer.Ordinal), activities.Types.Select(t => t.FullName));
        Assert.Equal("DualWrite.Plugins, Version=1.0.0.0, Culture=neutral, PublicKeyToken=8853f7ed9a7f00cf", plugins.FullName);
    }

    [Theory]
    [InlineData("ProjectSyncPlugin", "Project Sync Plugin")]
    [InlineData("HTTPRetryActivity", "HTTP Retry Activity")]
    [InlineData("Sync", "Sync")]
    public void AnUndecoratedTypeIsNamedInWords(string className, string friendlyName)
    {
        Assert.Equal(friendlyName, new RegisteredType("Ns." + className, className, RegisteredTypeKind.Plugin, null, null, null).FriendlyName);
    }
}
