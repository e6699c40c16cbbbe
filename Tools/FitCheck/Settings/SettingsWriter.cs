using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;
using DualWrite.Deploy;
using DualWrite.FitCheck.Output;
using DualWrite.SolutionPacker.Configuration;

namespace DualWrite.FitCheck.Settings;

/// <summary>
/// Writes the derived values where Tools/Deploy takes them from: a deployment settings file (its other values kept),
/// or an environment of pac.config (its other settings kept). Both are checked as Deploy checks them.
/// </summary>
public static class SettingsWriter
{
    private static readonly JsonSerializerOptions s_indented = new() { WriteIndented = true };

    public static void ToSettingsFile(string path, IReadOnlyDictionary<string, string> values)
    {
        var merged = new SortedDictionary<string, string>(StringComparer.Ordinal);
        if (File.Exists(path))
        {
            try
            {
                foreach (KeyValuePair<string, string> kept in DeploymentSettingsFile.Read(path))
                {
                    merged[kept.Key] = kept.Value;
                }
            }
            catch (InvalidDataException e)
            {
                throw FitCheckException.BadInput($"--settings-file: {e.Message}", e);
            }
        }

        foreach (KeyValuePair<string, string> value in values)
        {
            merged[value.Key] = value.Value;
        }

        OutputFile.Write(path, DeploymentSettingsFile.Json(merged, "--settings-file " + path));
    }

    public static void ToPacConfig(string path, string environment, IReadOnlyDictionary<string, string> values)
    {
        try
        {
            DeploymentEnvironment target = PacConfig.Load(path).Environment(environment);
            DeploymentSettingsFile.Json(values, $"{path}: environment '{target.Name}'"); // refuses a variable the solution does not define
            JsonNode root = JsonNode.Parse(File.ReadAllText(path), documentOptions: new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip })!;
            JsonObject entry = root["environments"]!.AsArray().OfType<JsonObject>().First(e => string.Equals((string?)e["name"], target.Name, StringComparison.Ordinal));
            if (entry["environmentVariables"] is not JsonObject variables)
            {
                variables = new JsonObject();
                entry["environmentVariables"] = variables;
            }

            foreach (KeyValuePair<string, string> value in values)
            {
                variables[value.Key] = value.Value;
            }

            OutputFile.Write(path, root.ToJsonString(s_indented) + "\n");
            PacConfig.Load(path);
        }
        catch (Exception e) when (e is InvalidDataException or FileNotFoundException or JsonException)
        {
            throw FitCheckException.BadInput($"--pac-config: {e.Message}", e);
        }
    }
}
