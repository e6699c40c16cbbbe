using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using DualWrite.Plugins.Configuration;
using DualWrite.SolutionPacker.Configuration;

namespace DualWrite.Deploy;

/// <summary>
/// The deployment settings file pac solution import --settings-file reads: environment variable values by schema name
/// (pac.config's for an environment, or what the fit check derived). Only variables the solution defines are accepted,
/// and none of them is a secret.
/// </summary>
public static class DeploymentSettingsFile
{
    private static readonly JsonSerializerOptions s_options = new() { WriteIndented = true };

    /// <summary>The file's JSON, or null when pac.config sets no variable for the environment.</summary>
    public static string? Json(DeploymentEnvironment environment, string pacConfigPath)
    {
        ArgumentNullException.ThrowIfNull(environment);
        return environment.EnvironmentVariables.Count == 0 ? null : Json(environment.EnvironmentVariables, $"{pacConfigPath}: environment '{environment.Name}'");
    }

    /// <summary>The file's JSON for these values; <paramref name="source"/> names where they come from in an error.</summary>
    public static string Json(IReadOnlyDictionary<string, string> values, string source)
    {
        ArgumentNullException.ThrowIfNull(values);
        foreach (string name in values.Keys.Where(n => !EnvironmentVariableCatalog.All.Any(v => v.SchemaName == n)))
        {
            throw new InvalidDataException($"{source} sets '{name}', which is not an environment variable of the solution; known ones are {string.Join(", ", EnvironmentVariableCatalog.All)}.");
        }

        var settings = new
        {
            EnvironmentVariables = values.OrderBy(v => v.Key, StringComparer.Ordinal).Select(v => new { SchemaName = v.Key, Value = v.Value }).ToArray(),
            ConnectionReferences = Array.Empty<object>(),
        };
        return JsonSerializer.Serialize(settings, s_options);
    }

    /// <summary>The environment variable values a settings file holds, by schema name; a malformed file is refused, naming it.</summary>
    public static IReadOnlyDictionary<string, string> Read(string path)
    {
        var values = new SortedDictionary<string, string>(StringComparer.Ordinal);
        try
        {
            using JsonDocument json = JsonDocument.Parse(File.ReadAllText(path));
            if (json.RootElement.ValueKind != JsonValueKind.Object || !json.RootElement.TryGetProperty("EnvironmentVariables", out JsonElement variables) || variables.ValueKind != JsonValueKind.Array)
            {
                throw new InvalidDataException($"{path}: a deployment settings file holds an object with an \"EnvironmentVariables\" array.");
            }

            foreach (JsonElement variable in variables.EnumerateArray())
            {
                string? name = variable.ValueKind == JsonValueKind.Object && variable.TryGetProperty("SchemaName", out JsonElement n) && n.ValueKind == JsonValueKind.String ? n.GetString() : null;
                string? value = name is not null && variable.TryGetProperty("Value", out JsonElement v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;
                values[name ?? throw new InvalidDataException($"{path}: an entry of EnvironmentVariables has no SchemaName.")] =
                    value ?? throw new InvalidDataException($"{path}: {name} has no string Value.");
            }
        }
        catch (JsonException e)
        {
            throw new InvalidDataException($"{path}: not valid JSON: {e.Message}", e);
        }

        return values;
    }
}
