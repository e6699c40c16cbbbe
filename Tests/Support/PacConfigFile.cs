using System.IO;
using System.Text.Json;

namespace DualWrite.Tests.Support;

/// <summary>The deployment profile pac.config, as the build and the deploy step read it.</summary>
internal sealed record PacConfigFile(PacConfigFile.SolutionSection Solution, PacConfigFile.Environment[] Environments)
{
    private static readonly JsonSerializerOptions s_options = new() { PropertyNameCaseInsensitive = true };

    public static string Path => System.IO.Path.Combine(RepositoryPaths.Root, "pac.config");

    public static PacConfigFile Load() =>
        JsonSerializer.Deserialize<PacConfigFile>(File.ReadAllText(Path), s_options)
        ?? throw new InvalidDataException($"{Path} is empty.");

    internal sealed record SolutionSection(string UniqueName, string DisplayName, string Description, string Version, Publisher Publisher);

    internal sealed record Publisher(string UniqueName, string DisplayName, string Prefix, int OptionValuePrefix);

    internal sealed record Environment(string Name, string Url, bool Default);
}
