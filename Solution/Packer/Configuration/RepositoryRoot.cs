using System.IO;

namespace DualWrite.SolutionPacker.Configuration;

/// <summary>The repository a tool or test runs in: the nearest folder above a starting point that holds the solution file.</summary>
public static class RepositoryRoot
{
    public const string SolutionFileName = "DualWrite.Plugins.sln";

    /// <param name="start">Where to start looking: the folder itself, then each parent.</param>
    /// <param name="alsoHolding">A file the folder must hold beside the solution file, if any.</param>
    /// <returns>The folder, or null when no folder above <paramref name="start"/> qualifies.</returns>
    public static string? Above(string start, string? alsoHolding = null)
    {
        for (DirectoryInfo? folder = new(start); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, SolutionFileName)) && (alsoHolding is null || File.Exists(Path.Combine(folder.FullName, alsoHolding))))
            {
                return folder.FullName;
            }
        }

        return null;
    }
}
