using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using DualWrite.Common.Tables;
using DualWrite.Plugins.Configuration;
using DualWrite.Plugins.Registration;
using DualWrite.SolutionPacker;
using DualWrite.SolutionPacker.App;
using DualWrite.SolutionPacker.Assemblies;
using DualWrite.SolutionPacker.Security;
using DualWrite.SolutionPacker.Configuration;
using DualWrite.Tests.Solution.Fixtures;
using DualWrite.Tests.Support;

namespace DualWrite.Tests.Solution;

/// <summary>
/// Solution inputs built from the fixture plug-ins and activities of this test assembly (read from its metadata the
/// way the build reads the net462 assemblies) and fixture steps with images and filtering attributes: the catalog
/// ships empty today, so this is what proves the steps' XML.
/// </summary>
internal static class FixtureSolution
{
    private const string FixtureNamespace = "DualWrite.Tests.Solution.Fixtures.";

    public static ShippedAssembly Fixtures { get; } = ReadFixtures();

    public static ShippedAssembly Plugins => Fixtures with { Types = [.. Fixtures.Types.Where(t => t.Kind == RegisteredTypeKind.Plugin)] };

    /// <summary>The fixture activities, registered under their own assembly name as the real ones are.</summary>
    public static ShippedAssembly Activities => Fixtures with
    {
        Identity = new AssemblyName(Fixtures.FullName) { Name = "DualWrite.Tests.Activities" },
        Types = [.. Fixtures.Types.Where(t => t.Kind == RegisteredTypeKind.WorkflowActivity)],
    };

    public static SolutionSettings Settings => PacConfig.Load(PacConfigFile.Path).Solution;

    public static PluginStep ProjectUpdate { get; } = new(
        typeof(DecoratedFixturePlugin),
        "Update",
        "msdyn_project",
        PipelineStage.PostOperation,
        StepMode.Synchronous,
        "Sends a changed project to Finance.",
        rank: 2,
        filteringAttributes: ["msdyn_subject", "msdyn_customer", "msdyn_subject"],
        images:
        [
            new StepImage("pre", ImageType.PreImage, ["msdyn_subject"]),
            new StepImage("post", ImageType.PostImage, ["msdyn_subject", "msdyn_customer"]),
        ],
        unsecureConfiguration: "{\"map\":\"Projects\"}");

    public static PluginStep ActualCreate { get; } = new(
        typeof(InheritedFixturePlugin),
        "Create",
        "msdyn_actual",
        PipelineStage.PostOperation,
        StepMode.Asynchronous,
        "Queues a new actual for Finance.",
        images: [new StepImage("created", ImageType.PostImage, [], messagePropertyName: "Id")]);

    public static PluginStep ContractDelete { get; } = new(
        typeof(DecoratedFixturePlugin),
        "Delete",
        "salesorder",
        PipelineStage.PreValidation,
        StepMode.Synchronous,
        "",
        images: [new StepImage("deleted", ImageType.PreImage, ["ordernumber"])]);

    public static IReadOnlyList<PluginStep> Steps { get; } = [ProjectUpdate, ActualCreate, ContractDelete];

    public static SolutionInputs Inputs(
        IReadOnlyList<PluginStep>? steps = null,
        ShippedAssembly? plugins = null,
        IReadOnlyList<string>? dependencies = null,
        SolutionSettings? settings = null) =>
        new(
            settings ?? Settings,
            Managed: false,
            Path.Combine(RepositoryPaths.Root, "Solution", "src"),
            plugins ?? Plugins,
            dependencies ?? [],
            Activities,
            steps ?? Steps,
            EnvironmentVariableCatalog.All,
            DualWriteTables.All,
            [], // the fixture assembly has none of the inbound activities the actions and workflows run
            [],
            SecurityRoles.All,
            AdministrationViews.All);

    private static ShippedAssembly ReadFixtures()
    {
        ShippedAssembly tests = ShippedAssemblyReader.Read(typeof(FixtureSolution).Assembly.Location);
        return tests with { Types = [.. tests.Types.Where(t => t.FullName.StartsWith(FixtureNamespace, System.StringComparison.Ordinal))] };
    }
}
