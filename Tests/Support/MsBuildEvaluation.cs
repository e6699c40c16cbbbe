using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Text.Json;

namespace DualWrite.Tests.Support;

/// <summary>Asks MSBuild how a project evaluates under given properties, without building or restoring it.</summary>
internal static class MsBuildEvaluation
{
    public sealed record Result(int ExitCode, string Output, IReadOnlyDictionary<string, IReadOnlyList<string>> Items);

    public static Result Evaluate(string project, IReadOnlyDictionary<string, string> properties, params string[] itemTypes) =>
        Run(project, properties, itemTypes.Select(t => "-getItem:" + t));

    /// <summary>Runs one target of the project (no restore, no build), for the checks the build files make.</summary>
    public static Result RunTarget(string project, IReadOnlyDictionary<string, string> properties, string target) =>
        Run(project, properties, ["-t:" + target]);

    private static Result Run(string project, IReadOnlyDictionary<string, string> properties, IEnumerable<string> arguments)
    {
        var start = new ProcessStartInfo(DotnetHost(), ["msbuild", Path.Combine(RepositoryPaths.Root, project), "-nologo", .. arguments])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = RepositoryPaths.Root,
        };

        foreach ((string name, string value) in properties)
        {
            start.ArgumentList.Add($"-p:{name}={value}");
        }

        using Process process = Process.Start(start) ?? throw new InvalidOperationException("dotnet msbuild did not start.");
        string output = process.StandardOutput.ReadToEnd() + process.StandardError.ReadToEnd();
        if (!process.WaitForExit(TimeSpan.FromMinutes(2)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException("dotnet msbuild did not finish within 2 minutes.");
        }

        bool hasItems = process.ExitCode == 0 && output.Contains("\"Items\"", StringComparison.Ordinal);
        return new Result(process.ExitCode, output, hasItems ? ParseItems(output) : new Dictionary<string, IReadOnlyList<string>>());
    }

    private static Dictionary<string, IReadOnlyList<string>> ParseItems(string output)
    {
        using JsonDocument json = JsonDocument.Parse(output[output.IndexOf('{', StringComparison.Ordinal)..]);
        return json.RootElement.GetProperty("Items").EnumerateObject().ToDictionary(
            items => items.Name,
            items => (IReadOnlyList<string>)items.Value.EnumerateArray().Select(i => i.GetProperty("Identity").GetString()!.Replace('\\', '/')).ToList());
    }

    private static string DotnetHost() =>
        Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host && File.Exists(host) ? host : "dotnet";
}
