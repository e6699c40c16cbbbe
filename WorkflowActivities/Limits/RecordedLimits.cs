using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using DualWrite.Common.Tables;
using DualWrite.WorkflowActivities.Json;

namespace DualWrite.WorkflowActivities.Limits;

/// <summary>
/// The limits of the columns the activities write, as the recorded real schema gives them (Schema/Dataverse, embedded
/// in this assembly at build: a resource stream is no file system access) and, for the solution's own dw_ tables, as
/// Common/Tables defines them. Each table is read once per process; the cache holds immutable data only.
/// </summary>
internal static class RecordedLimits
{
    private static readonly ConcurrentDictionary<string, IReadOnlyDictionary<string, ColumnLimit>> s_tables = new(StringComparer.Ordinal);

    public static ColumnLimit Of(string table, string column)
    {
        IReadOnlyDictionary<string, ColumnLimit> columns = s_tables.GetOrAdd(table, Read);
        return columns.TryGetValue(column, out ColumnLimit? limit)
            ? limit
            : throw new InvalidOperationException($"The recorded schema of {table} has no column '{column}'.");
    }

    private static IReadOnlyDictionary<string, ColumnLimit> Read(string table)
    {
        TableDefinition? own = DualWriteTables.All.FirstOrDefault(t => t.LogicalName == table);
        return own is not null ? FromDefinition(own) : FromRecordedSchema(table);
    }

    private static Dictionary<string, ColumnLimit> FromDefinition(TableDefinition table) =>
        table.AllColumns.ToDictionary(
            c => c.LogicalName,
            c => c.Type switch
            {
                ColumnType.Text or ColumnType.MultilineText => new ColumnLimit(table.LogicalName, c.LogicalName, ColumnKind.Text, maxLength: c.MaxLength),
                ColumnType.WholeNumber => new ColumnLimit(table.LogicalName, c.LogicalName, ColumnKind.WholeNumber),
                ColumnType.DateAndTime => new ColumnLimit(table.LogicalName, c.LogicalName, ColumnKind.Date),
                _ => new ColumnLimit(table.LogicalName, c.LogicalName, ColumnKind.Choice, options: c.Options.Select(o => o.Value).ToArray()),
            },
            StringComparer.Ordinal);

    private static Dictionary<string, ColumnLimit> FromRecordedSchema(string table)
    {
        string name = "Dataverse/" + table + ".json";
        using Stream stream = typeof(RecordedLimits).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"The recorded schema has no table '{table}' (no embedded {name}).");
        using var reader = new StreamReader(stream);
        JsonValue root = JsonReader.Parse(reader.ReadToEnd());
        var columns = new Dictionary<string, ColumnLimit>(StringComparer.Ordinal);
        foreach (JsonValue attribute in root.Member("Attributes")?.Items ?? [])
        {
            string column = attribute.Member("LogicalName")?.Text ?? "";
            ColumnKind kind = Kind(attribute.Member("AttributeType")?.Text);
            IReadOnlyCollection<int>? options = kind == ColumnKind.Choice
                ? (attribute.Member("OptionSet")?.Member("Options")?.Items ?? []).Select(o => int.Parse(o.Member("Value")!.Text, CultureInfo.InvariantCulture)).ToArray()
                : null;
            columns[column] = new ColumnLimit(
                table,
                column,
                kind,
                maxLength: attribute.Member("MaxLength") is { } length ? int.Parse(length.Text, CultureInfo.InvariantCulture) : null,
                minimum: Number(attribute.Member("MinValue")),
                maximum: Number(attribute.Member("MaxValue")),
                options: options);
        }

        return columns;
    }

    private static ColumnKind Kind(string? attributeType) => attributeType switch
    {
        "String" or "Memo" => ColumnKind.Text,
        "Integer" or "BigInt" => ColumnKind.WholeNumber,
        "Decimal" or "Double" => ColumnKind.Decimal,
        "Money" => ColumnKind.Money,
        "DateTime" => ColumnKind.Date,
        "Picklist" or "State" or "Status" => ColumnKind.Choice,
        _ => ColumnKind.Other,
    };

    private static decimal? Number(JsonValue? value) =>
        value is null ? null : decimal.Parse(value.Text, NumberStyles.Float, CultureInfo.InvariantCulture);
}
