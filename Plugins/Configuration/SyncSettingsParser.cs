using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text.Json;
using DualWrite.Plugins.Finance;

namespace DualWrite.Plugins.Configuration;

/// <summary>Turns the environment variables' text into <see cref="SyncSettings"/>; every error names the variable and says what it expected.</summary>
public static class SyncSettingsParser
{
    public static SyncSettings Parse(IReadOnlyDictionary<string, string?> values)
    {
        if (values is null)
        {
            throw new ArgumentNullException(nameof(values));
        }

        var variables = new Variables(values);
        TimeSpan budget = Seconds(variables, EnvironmentVariableCatalog.TimeBudgetSeconds);
        if (budget >= FinanceClientSettings.SandboxLimit)
        {
            throw Malformed(EnvironmentVariableCatalog.TimeBudgetSeconds, variables.Text(EnvironmentVariableCatalog.TimeBudgetSeconds), "a number of seconds below 120, the sandbox's limit for one operation");
        }

        return new SyncSettings(
            HttpsUrl(variables, EnvironmentVariableCatalog.FinanceUrl),
            variables.Text(EnvironmentVariableCatalog.TenantId),
            variables.Text(EnvironmentVariableCatalog.ClientId),
            HttpsUrl(variables, EnvironmentVariableCatalog.AuthorityHost),
            Modes(variables),
            EntitySets(variables),
            LegalEntities(variables),
            Seconds(variables, EnvironmentVariableCatalog.RequestTimeoutSeconds),
            budget);
    }

    /// <summary>
    /// An https root URL. Its value is never repeated in an error: a URL with user info carries a password, and one
    /// with a query may carry a key.
    /// </summary>
    private static Uri HttpsUrl(Variables variables, EnvironmentVariableDefinition variable)
    {
        string text = variables.Required(variable);
        string? problem = !Uri.TryCreate(text, UriKind.Absolute, out Uri? url) ? "is not an absolute URL"
            : url.Scheme != Uri.UriSchemeHttps ? "does not use https"
            : url.UserInfo.Length > 0 ? "holds a user name or password (before '@')"
            : text.IndexOf('?') >= 0 ? "has a query ('?')"
            : text.IndexOf('#') >= 0 ? "has a fragment ('#')"
            : url.AbsolutePath.TrimEnd('/').Length > 0 ? "has a path"
            : null;
        return problem is null
            ? new Uri(url!.GetLeftPart(UriPartial.Authority))
            : throw new ConfigurationException(
                $"Environment variable {variable.SchemaName} ({variable.DisplayName}) {problem}, but it must be an https URL with no user info, path, query or fragment, " +
                "such as https://contoso.operations.dynamics.com (its value is not repeated here, as it may hold a secret).");
    }

    private static TimeSpan Seconds(Variables variables, EnvironmentVariableDefinition variable)
    {
        string text = variables.Required(variable);
        return double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out double seconds) && seconds > 0 && seconds < 3600
            ? TimeSpan.FromSeconds(seconds)
            : throw Malformed(variable, text, "a positive number of seconds");
    }

    private static Dictionary<string, SyncMode> Modes(Variables variables)
    {
        var modes = new Dictionary<string, SyncMode>(StringComparer.Ordinal);
        foreach (KeyValuePair<string, string> entry in StringObject(variables, EnvironmentVariableCatalog.SyncModes))
        {
            modes[entry.Key] = entry.Value.ToLowerInvariant() switch
            {
                "live" => SyncMode.Live,
                "queued" => SyncMode.Queued,
                "off" => SyncMode.Off,
                _ => throw Malformed(EnvironmentVariableCatalog.SyncModes, null, $"\"live\", \"queued\" or \"off\" for map '{entry.Key}', not \"{entry.Value}\""),
            };
        }

        return modes;
    }

    private static Dictionary<string, string> EntitySets(Variables variables)
    {
        Dictionary<string, string> sets = StringObject(variables, EnvironmentVariableCatalog.EntitySetOverrides);
        foreach (KeyValuePair<string, string> entry in sets)
        {
            if (!ODataIdentifier.IsValid(entry.Value))
            {
                throw Malformed(EnvironmentVariableCatalog.EntitySetOverrides, null, $"an OData entity set name for map '{entry.Key}', not \"{entry.Value}\"");
            }
        }

        return sets;
    }

    private static List<string> LegalEntities(Variables variables)
    {
        EnvironmentVariableDefinition variable = EnvironmentVariableCatalog.LegalEntities;
        JsonElement json = Json(variables, variable);
        if (json.ValueKind != JsonValueKind.Array)
        {
            throw Malformed(variable, variables.Text(variable), "a JSON array of company codes such as [\"usmf\",\"demf\"]");
        }

        var codes = new List<string>();
        foreach (JsonElement item in json.EnumerateArray())
        {
            string? code = item.ValueKind == JsonValueKind.String ? item.GetString()?.Trim() : null;
            if (string.IsNullOrEmpty(code) || code!.Length > 10)
            {
                throw Malformed(variable, variables.Text(variable), $"company codes (cdm_companycode) of 1 to 10 characters, not {item.GetRawText()}");
            }

            codes.Add(code);
        }

        return codes;
    }

    private static Dictionary<string, string> StringObject(Variables variables, EnvironmentVariableDefinition variable)
    {
        JsonElement json = Json(variables, variable);
        if (json.ValueKind != JsonValueKind.Object)
        {
            throw Malformed(variable, variables.Text(variable), "a JSON object from table map name to text");
        }

        var entries = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (JsonProperty property in JsonMembers.Unique(json, $"Environment variable {variable.SchemaName}"))
        {
            if (property.Value.ValueKind != JsonValueKind.String || string.IsNullOrWhiteSpace(property.Value.GetString()))
            {
                throw Malformed(variable, null, $"text for map '{property.Name}', not {property.Value.GetRawText()}");
            }

            entries[property.Name] = property.Value.GetString()!.Trim();
        }

        return entries;
    }

    private static JsonElement Json(Variables variables, EnvironmentVariableDefinition variable)
    {
        string text = variables.Required(variable);
        try
        {
            using var document = JsonDocument.Parse(text);
            return document.RootElement.Clone();
        }
        catch (JsonException e)
        {
            throw Malformed(variable, text, $"valid JSON ({e.Message})");
        }
    }

    private static ConfigurationException Malformed(EnvironmentVariableDefinition variable, string? value, string expected) =>
        new(value is null
            ? $"Environment variable {variable.SchemaName} is malformed: it must hold {expected}."
            : $"Environment variable {variable.SchemaName} is '{value}', but it must be {expected}.");

    private sealed class Variables
    {
        private readonly IReadOnlyDictionary<string, string?> _values;

        public Variables(IReadOnlyDictionary<string, string?> values) => _values = values;

        public string? Text(EnvironmentVariableDefinition variable)
        {
            string? value = _values.TryGetValue(variable.SchemaName, out string? set) && !string.IsNullOrWhiteSpace(set) ? set!.Trim() : variable.DefaultValue;
            return string.IsNullOrWhiteSpace(value) ? null : value;
        }

        public string Required(EnvironmentVariableDefinition variable) =>
            Text(variable) ?? throw new ConfigurationException($"Environment variable {variable.SchemaName} ({variable.DisplayName}) has no value: set it in the solution's environment variables.");
    }
}
