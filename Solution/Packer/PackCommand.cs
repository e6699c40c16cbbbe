using System;
using System.IO;
using DualWrite.Common.Tables;
using DualWrite.Plugins.Configuration;
using DualWrite.Plugins.Registration;
using DualWrite.SolutionPacker.Assemblies;
using DualWrite.SolutionPacker.Configuration;
using DualWrite.SolutionPacker.App;
using DualWrite.SolutionPacker.Packaging;
using DualWrite.SolutionPacker.Processes;
using DualWrite.SolutionPacker.Security;

namespace DualWrite.SolutionPacker;

/// <summary>
/// What the build runs after compiling: generate the solution from pac.config, the net462 outputs and the code's
/// definitions, write the unpacked layout to Solution/obj/&lt;Configuration&gt;/unpacked for inspection, and pack
/// Solution/bin/&lt;Configuration&gt;/&lt;UniqueName&gt;_&lt;version&gt;.zip.
/// </summary>
internal static class PackCommand
{
    public static string Run(string repositoryRoot, string configuration, bool managed)
    {
        SolutionInputs inputs = Inputs(repositoryRoot, configuration, managed);
        UnpackedSolution solution = SolutionGenerator.Generate(inputs);
        solution.WriteTo(Path.Combine(repositoryRoot, "Solution", "obj", configuration, managed ? "unpacked-managed" : "unpacked"));

        string zip = new ShippedBuild(repositoryRoot, configuration).SolutionZip(inputs.Solution, managed);
        Directory.CreateDirectory(Path.GetDirectoryName(zip)!);
        File.WriteAllBytes(zip, SolutionZip.Pack(solution));
        return zip;
    }

    /// <summary>The inputs of this repository's solution: pac.config, the configuration's net462 builds and the catalogs.</summary>
    public static SolutionInputs Inputs(string repositoryRoot, string configuration, bool managed)
    {
        PacConfig config = PacConfig.Load(Path.Combine(repositoryRoot, "pac.config"));
        var build = new ShippedBuild(repositoryRoot, configuration);
        return new SolutionInputs(
            config.Solution,
            managed,
            Path.Combine(repositoryRoot, "Solution", "src"),
            ShippedAssemblyReader.Read(build.PluginAssembly),
            build.PluginDependencies(),
            ShippedAssemblyReader.Read(build.ActivityAssembly),
            PluginStepCatalog.All,
            EnvironmentVariableCatalog.All,
            DualWriteTables.All,
            InboundActions.All,
            ReplayWorkflows.All,
            SecurityRoles.All,
            AdministrationViews.All);
    }
}
