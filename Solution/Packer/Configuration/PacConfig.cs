using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace DualWrite.SolutionPacker.Configuration;

/// <summary>
/// pac.config, the deployment profile: what the build packs (solution, publisher, version) and where the deploy
/// command imports it (environments). Every problem is reported with the file and the setting at fault.
/// </summary>
public sealed partial class PacConfig
{
    private PacConfig(string path, SolutionSettings solution, IReadOnlyList<DeploymentEnvironment> environments)
    {
        Path = path;
        Solution = solution;
        Environments = environments;
    }

    public string Path { get; }

    public SolutionSettings Solution { get; }

    public IReadOnlyList<DeploymentEnvironment> Environments { get; }

    /// <summary>The environment named <paramref name="name"/>, or the one marked default when no name is given.</summary>
    public DeploymentEnvironment Environment(string? name)
    {
        if (string.IsNullOrEmpty(name))
        {
            return Environments.Single(e => e.Default);
        }

        return Environments.FirstOrDefault(e => string.Equals(e.Name, name, StringComparison.OrdinalIgnoreCase))
            ?? throw new InvalidDataException($"{Path}: there is no environment named '{name}'; it lists {string.Join(", ", Environments.Select(e => e.Name))}.");
    }

    public static PacConfig Load(string path)
    {
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"The deployment profile {path} does not exist.", path);
        }

        using var json = JsonDocument.Parse(File.ReadAllText(path), new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip });
        var reader = new Reader(path);
        JsonElement solution = reader.Object(json.RootElement, "solution");
        JsonElement publisher = reader.Object(solution, "solution.publisher");

        var publisherSettings = new PublisherSettings(
            reader.UniqueName(publisher, "solution.publisher.uniqueName"),
            reader.Text(publisher, "solution.publisher.displayName"),
            reader.Text(publisher, "solution.publisher.prefix"),
            reader.Number(publisher, "solution.publisher.optionValuePrefix", 10000, 99999));
        var solutionSettings = new SolutionSettings(
            reader.UniqueName(solution, "solution.uniqueName"),
            reader.Text(solution, "solution.displayName"),
            reader.Text(solution, "solution.description"),
            reader.Version(solution, "solution.version"),
            publisherSettings);

        var environments = reader.Array(json.RootElement, "environments").Select((e, i) => reader.Environment(e, $"environments[{i}]")).ToList();
        if (environments.Count(e => e.Default) != 1)
        {
            throw reader.Problem("environments", "exactly one environment must be marked \"default\": true");
        }

        return new PacConfig(path, solutionSettings, environments);
    }

    [GeneratedRegex("^[A-Za-z][A-Za-z0-9_]*$")]
    private static partial Regex UniqueNamePattern();

    /// <summary>Reads one setting at a time, naming it in every error.</summary>
    private sealed class Reader(string path)
    {
        public InvalidDataException Problem(string setting, string problem) => new($"{path}: '{setting}' {problem}.");

        public JsonElement Object(JsonElement parent, string setting) =>
            Property(parent, setting) is { ValueKind: JsonValueKind.Object } value ? value : throw Problem(setting, "must be an object");

        public IEnumerable<JsonElement> Array(JsonElement parent, string setting) =>
            Property(parent, setting) is { ValueKind: JsonValueKind.Array } value ? value.EnumerateArray().ToList() : throw Problem(setting, "must be an array");

        public string Text(JsonElement parent, string setting) =>
            Property(parent, setting) is { ValueKind: JsonValueKind.String } value && !string.IsNullOrWhiteSpace(value.GetString())
                ? value.GetString()!
                : throw Problem(setting, "must be a non-empty string");

        public string UniqueName(JsonElement parent, string setting)
        {
            string value = Text(parent, setting);
            return UniqueNamePattern().IsMatch(value) ? value : throw Problem(setting, $"is '{value}'; a unique name holds letters, digits and underscores and starts with a letter");
        }

        public string Version(JsonElement parent, string setting)
        {
            string value = Text(parent, setting);
            return System.Version.TryParse(value, out System.Version? version) && version.Revision >= 0
                ? value
                : throw Problem(setting, $"is '{value}'; a solution version has four parts, major.minor.build.revision");
        }

        public int Number(JsonElement parent, string setting, int min, int max) =>
            Property(parent, setting) is { ValueKind: JsonValueKind.Number } value && value.TryGetInt32(out int number) && number >= min && number <= max
                ? number
                : throw Problem(setting, $"must be a whole number from {min} to {max}");

        public DeploymentEnvironment Environment(JsonElement element, string setting)
        {
            string name = Text(element, setting + ".name");
            string url = Text(element, setting + ".url");
            if (!Uri.TryCreate(url, UriKind.Absolute, out Uri? uri) || uri.Scheme != Uri.UriSchemeHttps)
            {
                throw Problem(setting + ".url", $"is '{url}', not an https URL of a Dataverse environment");
            }

            bool isDefault = element.TryGetProperty("default", out JsonElement flag) && flag.ValueKind == JsonValueKind.True;
            var variables = new SortedDictionary<string, string>(StringComparer.Ordinal);
            if (element.TryGetProperty("environmentVariables", out JsonElement values))
            {
                if (values.ValueKind != JsonValueKind.Object)
                {
                    throw Problem(setting + ".environmentVariables", "must be an object from schema name to value");
                }

                foreach (JsonProperty value in values.EnumerateObject())
                {
                    variables[value.Name] = value.Value.ValueKind == JsonValueKind.String
                        ? value.Value.GetString()!
                        : JsonSerializer.Serialize(value.Value); // JSON-type variables may be written as JSON
                }
            }

            return new DeploymentEnvironment(name, url, isDefault, variables);
        }

        private static JsonElement? Property(JsonElement parent, string setting) =>
            parent.TryGetProperty(setting[(setting.LastIndexOf('.') + 1)..], out JsonElement value) ? value : null;
    }
}
