using System;
using System.IO;
using System.Linq;
using System.Text.Json;
using DualWrite.Plugins.Configuration;
using DualWrite.SolutionPacker.Configuration;

namespace DualWrite.Deploy;

/// <summary>
/// The deployment settings file pac solution import --settings-file reads: the environment variable values pac.config
/// gives the environment. Only variables the solution defines are accepted, and none of them is a secret.
/// </summary>
public static class DeploymentSettingsFile
{
    private static readonly JsonSerializerOptions s_options = new() { WriteIndented = true };

    /// <summary>The file's JSON, or null when pac.config sets no variable for the environment.</summary>
    public static string? Json(DeploymentEnvironment environment, string pacConfigPath)
    {
        if (environment.EnvironmentVariables.Count == 0)
        {
            return null;
        }

        foreach (string name in environment.EnvironmentVariables.Keys.Where(n => !EnvironmentVariableCatalog.All.Any(v => v.SchemaName == n)))
        {
            throw new InvalidDataException($"{pacConfigPath}: environment '{environment.Name}' sets '{name}', which is not an environment variable of the solution; known ones are {string.Join(", ", EnvironmentVariableCatalog.All)}.");
        }

        var settings = new
        {
            EnvironmentVariables = environment.EnvironmentVariables.Select(v => new { SchemaName = v.Key, Value = v.Value }).ToArray(),
            ConnectionReferences = Array.Empty<object>(),
        };
        return JsonSerializer.Serialize(settings, s_options);
    }
}
