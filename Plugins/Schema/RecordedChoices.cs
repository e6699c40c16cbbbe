using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;

namespace DualWrite.Plugins.Schema;

/// <summary>
/// Choice values as the recorded real schema gives them: the maps name a choice by its label and take its value from
/// Schema/Dataverse/&lt;table&gt;.json, embedded in this assembly at build, so no value is typed twice. A resource
/// stream is no file system access, so the sandbox allows it; each column is read once per process.
/// </summary>
public static class RecordedChoices
{
    private static readonly ConcurrentDictionary<string, IReadOnlyDictionary<string, int>> s_columns = new(StringComparer.Ordinal);

    /// <summary>The value of the option with this label (as the platform labels it in English) of a choice column.</summary>
    public static int Value(string table, string column, string label)
    {
        IReadOnlyDictionary<string, int> options = s_columns.GetOrAdd(table + "." + column, _ => Read(table, column));
        return options.TryGetValue(label, out int value)
            ? value
            : throw new InvalidOperationException(
                $"The recorded schema has no option '{label}' for column '{column}' of {table}; it has {string.Join(", ", options.Keys.Select(k => "'" + k + "'"))}.");
    }

    private static IReadOnlyDictionary<string, int> Read(string table, string column)
    {
        string name = "Dataverse/" + table + ".json";
        using Stream stream = typeof(RecordedChoices).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"The recorded schema has no table '{table}' (no embedded {name}).");
        using JsonDocument document = JsonDocument.Parse(stream);
        foreach (JsonElement attribute in document.RootElement.GetProperty("Attributes").EnumerateArray())
        {
            if (attribute.GetProperty("LogicalName").GetString() != column)
            {
                continue;
            }

            if (!attribute.TryGetProperty("OptionSet", out JsonElement optionSet))
            {
                throw new InvalidOperationException($"Column '{column}' of {table} is not a choice in the recorded schema.");
            }

            var options = new Dictionary<string, int>(StringComparer.Ordinal);
            foreach (JsonElement option in optionSet.GetProperty("Options").EnumerateArray())
            {
                options[option.GetProperty("Label").GetString() ?? ""] = option.GetProperty("Value").GetInt32();
            }

            return options;
        }

        throw new InvalidOperationException($"The recorded schema has no column '{column}' on table '{table}'.");
    }
}
