using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace DualWrite.Schema.Dataverse;

/// <summary>
/// The recorded Dataverse tables: every Schema/Dataverse/*.json embedded in this assembly (<see cref="Load"/>), or
/// tables read from given JSON texts in the same format (<see cref="FromJson"/>: tests, and a customer's
/// EntityDefinitions for the fit check).
/// </summary>
public sealed class DataverseSnapshot
{
    private const string Folder = "Dataverse/";

    private static readonly Lazy<DataverseSnapshot> s_embedded = new(() => FromJson(
        SchemaResources.Names(Folder).Select(name =>
        {
            using var reader = new StreamReader(SchemaResources.Open(name));
            return new KeyValuePair<string, string>(name[Folder.Length..], reader.ReadToEnd());
        })));

    private readonly Dictionary<string, RecordedTable> _tables;

    private DataverseSnapshot(IReadOnlyList<RecordedTable> tables)
    {
        Tables = tables;
        _tables = new Dictionary<string, RecordedTable>(StringComparer.Ordinal);
        foreach (RecordedTable table in tables)
        {
            if (!_tables.TryAdd(table.LogicalName, table))
            {
                throw new SchemaFileException(table.File, table.LogicalName, $"the table is recorded already, in {_tables[table.LogicalName].File}.");
            }
        }
    }

    /// <summary>The tables, in file name order.</summary>
    public IReadOnlyList<RecordedTable> Tables { get; }

    /// <summary>
    /// Every name no public source confirms, as "table", "table.column", "table.column=value" or "table.key", so a
    /// check can report how many remain for the fit check to settle.
    /// </summary>
    public IReadOnlyList<string> UnconfirmedNames => Tables.SelectMany(t => t.UnconfirmedNames()).ToArray();

    /// <summary>The tables recorded in this assembly (Schema/Dataverse/*.json), read once.</summary>
    public static DataverseSnapshot Load() => s_embedded.Value;

    /// <summary>Reads tables from JSON texts keyed by file name; a file that breaks the format throws <see cref="SchemaFileException"/>.</summary>
    public static DataverseSnapshot FromJson(IEnumerable<KeyValuePair<string, string>> files)
    {
        ArgumentNullException.ThrowIfNull(files);
        return new DataverseSnapshot(files.OrderBy(f => f.Key, StringComparer.Ordinal).Select(f => RecordedTableReader.Read(f.Key, f.Value)).ToArray());
    }

    /// <summary>Reads one table from one JSON text.</summary>
    public static RecordedTable ReadTable(string file, string json) => RecordedTableReader.Read(file ?? throw new ArgumentNullException(nameof(file)), json ?? throw new ArgumentNullException(nameof(json)));

    public bool TryGetTable(string logicalName, out RecordedTable table) => _tables.TryGetValue(logicalName, out table!);

    /// <summary>The table, or an error naming it when it is not recorded.</summary>
    public RecordedTable Table(string logicalName) =>
        _tables.TryGetValue(logicalName, out RecordedTable? table) ? table : throw new KeyNotFoundException($"No table '{logicalName}' is recorded in Schema/Dataverse.");
}
