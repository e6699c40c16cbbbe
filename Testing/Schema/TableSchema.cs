using System;
using System.Collections.Generic;
using System.Linq;
using DualWrite.Testing.Faults;
using Microsoft.Xrm.Sdk;

namespace DualWrite.Testing.Schema;

/// <summary>What the store knows of a table: its logical name, primary key, columns and alternate keys. Build one with <see cref="TableBuilder"/>.</summary>
public sealed class TableSchema
{
    private readonly Dictionary<string, ColumnSchema> _columns;

    internal TableSchema(string logicalName, string primaryIdAttribute, string? primaryNameAttribute, bool isUserOwned, IEnumerable<ColumnSchema> columns, IEnumerable<AlternateKey> keys)
    {
        LogicalName = logicalName;
        PrimaryIdAttribute = primaryIdAttribute;
        PrimaryNameAttribute = primaryNameAttribute;
        IsUserOwned = isUserOwned;
        _columns = new Dictionary<string, ColumnSchema>(StringComparer.Ordinal);
        foreach (ColumnSchema column in columns)
        {
            if (!_columns.TryAdd(column.LogicalName, column))
            {
                throw new ArgumentException($"Table '{logicalName}' declares column '{column.LogicalName}' twice.");
            }
        }

        AlternateKeys = keys.ToArray();
        foreach (AlternateKey key in AlternateKeys)
        {
            string? missing = key.Columns.FirstOrDefault(c => !_columns.ContainsKey(c));
            if (missing is not null)
            {
                throw new ArgumentException($"Alternate key '{key.Name}' of table '{logicalName}' names column '{missing}', which the table does not have.");
            }
        }
    }

    public string LogicalName { get; }

    /// <summary>The primary key column, "&lt;table&gt;id" unless declared otherwise.</summary>
    public string PrimaryIdAttribute { get; }

    public string? PrimaryNameAttribute { get; }

    /// <summary>User-owned tables have ownerid; organization-owned tables do not.</summary>
    public bool IsUserOwned { get; }

    public IReadOnlyCollection<ColumnSchema> Columns => _columns.Values;

    public IReadOnlyList<AlternateKey> AlternateKeys { get; }

    public bool HasColumn(string logicalName) => _columns.ContainsKey(logicalName);

    public bool TryGetColumn(string logicalName, out ColumnSchema column) => _columns.TryGetValue(logicalName, out column!);

    /// <summary>The column, or the platform's fault for an unknown column.</summary>
    public ColumnSchema Column(string logicalName) =>
        _columns.TryGetValue(logicalName, out ColumnSchema? column) ? column : throw DataverseFault.NoSuchColumn(LogicalName, logicalName);

    /// <summary>The alternate key made of exactly these columns, or the platform's fault when none is defined.</summary>
    public AlternateKey KeyFor(KeyAttributeCollection keyAttributes)
    {
        string[] columns = keyAttributes.Keys.ToArray();
        return AlternateKeys.FirstOrDefault(k => k.IsMadeOf(columns)) ?? throw DataverseFault.KeyNotDefined(LogicalName, columns);
    }

    public override string ToString() => LogicalName;
}
