using System;
using System.Collections.Generic;
using System.Text.Json;

namespace DualWrite.Plugins.Configuration;

/// <summary>
/// The members of a JSON object in a setting, each name at most once. The JSON reader keeps the last of two members
/// with the same name, so a setting written twice would silently lose its first value: it is refused instead, naming
/// the member (never its value, which may be a secret).
/// </summary>
internal static class JsonMembers
{
    public static IEnumerable<JsonProperty> Unique(JsonElement json, string setting)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (JsonProperty property in json.EnumerateObject())
        {
            if (!names.Add(property.Name))
            {
                throw new ConfigurationException($"{setting} names '{property.Name}' twice; a name may appear once, so say which value is meant.");
            }

            yield return property;
        }
    }
}
