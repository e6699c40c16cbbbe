using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json.Nodes;
using DualWrite.Schema;
using DualWrite.Schema.Dataverse;

namespace DualWrite.DataverseMetadataServer;

/// <summary>
/// A Dataverse that differs from the recorded tables (Schema/Dataverse) by named edits of their files, as a customer's
/// environment would: a table missing (Project Operations not installed), a column removed, a choice value removed.
/// Each edit refuses a name the recorded files do not have, so a variant never drifts from the snapshot silently.
/// </summary>
public sealed class DataverseSchemaVariant
{
    private const string Folder = "Dataverse/";
    private readonly SortedDictionary<string, JsonObject> _files = new(StringComparer.Ordinal);

    private DataverseSchemaVariant()
    {
        foreach (string name in SchemaResources.Names(Folder))
        {
            using var reader = new StreamReader(SchemaResources.Open(name));
            _files[name[Folder.Length..]] = JsonNode.Parse(reader.ReadToEnd())!.AsObject();
        }
    }

    /// <summary>Starts from the recorded tables.</summary>
    public static DataverseSchemaVariant OfRecorded() => new();

    public DataverseSchemaVariant WithoutTable(string table)
    {
        if (!_files.Remove(FileOf(table)))
        {
            throw new ArgumentException($"No table '{table}' is recorded.", nameof(table));
        }

        return this;
    }

    public DataverseSchemaVariant WithoutColumn(string table, string column)
    {
        JsonArray attributes = Attributes(table);
        attributes.Remove(Column(table, column));
        return this;
    }

    public DataverseSchemaVariant WithoutChoiceValue(string table, string column, int value)
    {
        JsonArray options = Column(table, column)["OptionSet"]?["Options"]?.AsArray()
            ?? throw new ArgumentException($"{table}.{column} records no choice values.", nameof(column));
        JsonNode option = options.FirstOrDefault(o => (int?)o?["Value"] == value)
            ?? throw new ArgumentException($"{table}.{column} has no choice value {value}.", nameof(value));
        options.Remove(option);
        return this;
    }

    public DataverseSnapshot Build() => DataverseSnapshot.FromJson(_files.Select(f => new KeyValuePair<string, string>(f.Key, f.Value.ToJsonString())));

    private JsonArray Attributes(string table) =>
        (_files.TryGetValue(FileOf(table), out JsonObject? file) ? file : throw new ArgumentException($"No table '{table}' is recorded.", nameof(table)))["Attributes"]!.AsArray();

    private JsonObject Column(string table, string column) =>
        Attributes(table).OfType<JsonObject>().FirstOrDefault(a => (string?)a["LogicalName"] == column)
            ?? throw new ArgumentException($"{table} records no column '{column}'.", nameof(column));

    private static string FileOf(string table) => table + ".json";
}
