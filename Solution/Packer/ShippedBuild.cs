using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using DualWrite.SolutionPacker.Configuration;

namespace DualWrite.SolutionPacker;

/// <summary>Where a configuration's net462 outputs and the packed solution are, and which files beside the plug-in assembly ship with it.</summary>
public sealed class ShippedBuild(string repositoryRoot, string configuration)
{
    public const string PluginAssemblyFile = "DualWrite.Plugins.dll";
    public const string ActivityAssemblyFile = "DualWrite.WorkflowActivities.dll";

    public string PluginDirectory => Path.Combine(repositoryRoot, "Plugins", "bin", configuration, "net462");

    public string ActivityDirectory => Path.Combine(repositoryRoot, "WorkflowActivities", "bin", configuration, "net462");

    public string PluginAssembly => Path.Combine(PluginDirectory, PluginAssemblyFile);

    public string ActivityAssembly => Path.Combine(ActivityDirectory, ActivityAssemblyFile);

    /// <summary>Where the build packs the solution: Solution/bin/&lt;Configuration&gt;/&lt;UniqueName&gt;_&lt;version&gt;.zip.</summary>
    public string SolutionZip(SolutionSettings solution, bool managed) =>
        Path.Combine(repositoryRoot, "Solution", "bin", configuration, solution.ZipFileName(managed));

    /// <summary>
    /// Every assembly the net462 build copied beside the plug-in assembly (Microsoft.Identity.Client and its
    /// dependencies), except the Dataverse SDK, which the platform provides.
    /// </summary>
    public IReadOnlyList<string> PluginDependencies() =>
        Directory.EnumerateFiles(PluginDirectory, "*.dll")
            .Where(f => !Path.GetFileName(f).Equals(PluginAssemblyFile, StringComparison.OrdinalIgnoreCase) && !IsPlatformProvided(Path.GetFileNameWithoutExtension(f)))
            .Order(StringComparer.OrdinalIgnoreCase)
            .ToList();

    public static bool IsPlatformProvided(string assemblyName) =>
        assemblyName.StartsWith("Microsoft.Xrm.Sdk", StringComparison.OrdinalIgnoreCase)
        || assemblyName.StartsWith("Microsoft.Crm.Sdk", StringComparison.OrdinalIgnoreCase);
}
