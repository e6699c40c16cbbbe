using System;
using System.IO;
using System.Linq;
using System.Reflection;
using DualWrite.SolutionPacker.Configuration;

namespace DualWrite.LocalRun.Zip;

/// <summary>
/// Where the README's build command leaves the solution zip for this build of the local run:
/// Solution/bin/&lt;Configuration&gt;/&lt;UniqueName&gt;_&lt;version&gt;.zip under the repository, named from pac.config.
/// </summary>
public static class BuiltZip
{
    /// <summary>The configuration (Debug or Release) this local run was built in, so it reads the zip of the same build.</summary>
    public static string Configuration { get; } =
        typeof(BuiltZip).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().SingleOrDefault(a => a.Key == "Configuration")?.Value ?? "Release";

    /// <summary>The repository the local run was built in: the folder above its output that holds the .sln.</summary>
    public static string RepositoryRoot() =>
        SolutionPacker.Configuration.RepositoryRoot.Above(AppContext.BaseDirectory)
        ?? throw new SolutionZipException($"The local run at {AppContext.BaseDirectory} is not inside a clone of the repository (no {SolutionPacker.Configuration.RepositoryRoot.SolutionFileName} above it), so it cannot find the built solution zip: pass --zip PATH.");

    public static string DefaultPath()
    {
        string root = RepositoryRoot();
        SolutionSettings solution;
        try
        {
            solution = PacConfig.Load(Path.Combine(root, "pac.config")).Solution;
        }
        catch (Exception e) when (e is IOException or InvalidDataException or System.Text.Json.JsonException)
        {
            throw new SolutionZipException($"The solution zip's name comes from pac.config, which cannot be read: {e.Message}", e);
        }

        return Path.Combine(root, "Solution", "bin", Configuration, solution.ZipFileName(managed: false));
    }
}
