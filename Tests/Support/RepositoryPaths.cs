using System;
using System.IO;
using System.Linq;
using System.Reflection;
using DualWrite.SolutionPacker.Configuration;

namespace DualWrite.Tests.Support;

/// <summary>Where the repository, its build outputs and the shared reference material are on this machine.</summary>
internal static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

    /// <summary>The ../shared folder beside the repository (CI has it; a bare clone may not).</summary>
    public static string Shared => Path.GetFullPath(Path.Combine(Root, "..", "shared"));

    /// <summary>The build configuration these tests were built in (Debug or Release).</summary>
    public static string Configuration { get; } = BuildMetadata("Configuration");

    /// <summary>The .NET Framework 4.6.2 reference assemblies the net462 builds compile against.</summary>
    public static string NetFramework462ReferenceAssemblies { get; } = BuildMetadata("NetFramework462ReferenceAssemblies");

    public static string BuildOutput(string projectFolder, string targetFramework, string fileName) =>
        Path.Combine(Root, projectFolder, "bin", Configuration, targetFramework, fileName);

    private static string BuildMetadata(string key) =>
        typeof(RepositoryPaths).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == key).Value
        ?? throw new InvalidOperationException($"The test assembly was built without its '{key}' metadata.");

    private static string FindRoot() =>
        RepositoryRoot.Above(AppContext.BaseDirectory)
        ?? throw new InvalidOperationException($"No {RepositoryRoot.SolutionFileName} above {AppContext.BaseDirectory}: the tests must run from a build inside the repository.");
}
