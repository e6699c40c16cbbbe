using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;

namespace DualWrite.Schema.Finance;

/// <summary>
/// The .json of one recorded entity: its DataEntities row, and where each name of its CSDL comes from (Source covers
/// every name without an entry of its own; Sources and Unconfirmed are keyed by the name they speak of).
/// </summary>
internal sealed class FinanceEntityProvenance
{
    private FinanceEntityProvenance(string file, FinanceDataEntityRow row, string? source, IReadOnlyDictionary<string, string> sources, IReadOnlyDictionary<string, string> unconfirmed)
    {
        File = file;
        Row = row;
        Source = source;
        Sources = sources;
        Unconfirmed = unconfirmed;
    }

    public string File { get; }

    public FinanceDataEntityRow Row { get; }

    public string? Source { get; }

    public IReadOnlyDictionary<string, string> Sources { get; }

    public IReadOnlyDictionary<string, string> Unconfirmed { get; }

    public static FinanceEntityProvenance Parse(string file, string json)
    {
        using JsonDocument document = ParseJson(json, file);
        JsonElement root = document.RootElement;
        if (root.ValueKind != JsonValueKind.Object)
        {
            throw new InvalidDataException($"{file}: the file holds no JSON object.");
        }

        var row = new FinanceDataEntityRow(Required(root, "Name", file), Required(root, "PublicEntityName", file), Required(root, "PublicCollectionName", file));
        string? source = root.TryGetProperty("Source", out JsonElement s) && s.ValueKind == JsonValueKind.String && s.GetString()!.Trim().Length > 0 ? s.GetString() : null;
        var sources = Map(root, "Sources", file);
        var unconfirmed = Map(root, "Unconfirmed", file);
        string? both = sources.Keys.FirstOrDefault(unconfirmed.ContainsKey);
        if (both is not null)
        {
            throw new InvalidDataException($"{file}: '{both}' is both in Sources and in Unconfirmed; a name is confirmed by a source or not.");
        }

        return new FinanceEntityProvenance(file, row, source, sources, unconfirmed);
    }

    /// <summary>Whether a source or an Unconfirmed reason speaks for the name.</summary>
    public bool Covers(string name) => Source is not null || Sources.ContainsKey(name) || Unconfirmed.ContainsKey(name);

    private static JsonDocument ParseJson(string json, string file)
    {
        try
        {
            return JsonDocument.Parse(json);
        }
        catch (JsonException e)
        {
            throw new InvalidDataException($"{file}: not valid JSON: {e.Message}", e);
        }
    }

    private static string Required(JsonElement root, string name, string file) =>
        root.TryGetProperty(name, out JsonElement value) && value.ValueKind == JsonValueKind.String && value.GetString()!.Length > 0
            ? value.GetString()!
            : throw new InvalidDataException($"{file}: '{name}' is missing; every recorded entity gives its /Metadata/DataEntities row.");

    private static Dictionary<string, string> Map(JsonElement root, string name, string file)
    {
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        if (!root.TryGetProperty(name, out JsonElement value))
        {
            return map;
        }

        if (value.ValueKind != JsonValueKind.Object)
        {
            throw new InvalidDataException($"{file}: '{name}' must be an object keyed by the name it speaks of.");
        }

        foreach (JsonProperty entry in value.EnumerateObject())
        {
            map[entry.Name] = entry.Value.ValueKind == JsonValueKind.String && entry.Value.GetString()!.Trim().Length > 0
                ? entry.Value.GetString()!
                : throw new InvalidDataException($"{file}: {name}.{entry.Name} must be a sentence, not empty.");
        }

        return map;
    }
}
