using System;
using System.Collections.Generic;
using System.Linq;
using DualWrite.Testing.Faults;
using DualWrite.Testing.Schema;
using Microsoft.Xrm.Sdk;

namespace DualWrite.Testing.Store;

/// <summary>
/// The rows of one table, by id, with an index per alternate key so a lookup by key costs no scan, and an index per
/// column a query or a cascade looked rows up by (made on first use, then kept in step with every write).
/// </summary>
internal sealed class TableRows
{
    private readonly Dictionary<Guid, StoredRow> _rows = [];
    private readonly Dictionary<string, Dictionary<CompositeKey, Guid>> _keyIndexes = new(StringComparer.Ordinal);
    private readonly Dictionary<string, ColumnIndex> _columnIndexes = new(StringComparer.Ordinal);

    public TableRows(TableSchema schema)
    {
        Schema = schema;
        foreach (AlternateKey key in schema.AlternateKeys)
        {
            _keyIndexes[key.Name] = [];
        }
    }

    public TableSchema Schema { get; }

    public int Count => _rows.Count;

    public IEnumerable<StoredRow> All => _rows.Values;

    public StoredRow? Find(Guid id) => _rows.GetValueOrDefault(id);

    /// <summary>
    /// The rows whose column holds a value equal to the given normalized one (<see cref="Query.ColumnValueEquality"/>),
    /// oldest first: by id for the primary key, else through the column's index.
    /// </summary>
    public IReadOnlyCollection<StoredRow> Matching(string column, object value)
    {
        if (IsPrimaryId(column, value.GetType()))
        {
            return Find((Guid)value) is { } row ? [row] : [];
        }

        return IndexOn(column).Find(value);
    }

    /// <summary>Whether <see cref="Matching"/> finds every row whose value <see cref="Query.ColumnValue.Compare"/> calls equal to a value of this type.</summary>
    public bool CanMatch(string column, Type type) => IsPrimaryId(column, type) || IndexOn(column).HoldsOnly(type);

    /// <summary>The index of a column of the table, made from the rows stored now if there is none yet.</summary>
    public ColumnIndex IndexOn(string column)
    {
        if (!_columnIndexes.TryGetValue(column, out ColumnIndex? index))
        {
            Schema.Column(column);
            _columnIndexes[column] = index = new ColumnIndex(column, _rows.Values);
        }

        return index;
    }

    public Guid? FindByKey(AlternateKey key, IReadOnlyDictionary<string, object?> values)
    {
        var composite = new CompositeKey(key.Columns.Select(c => values.GetValueOrDefault(c)));
        return composite.IsComplete && _keyIndexes[key.Name].TryGetValue(composite, out Guid id) ? id : null;
    }

    /// <summary>Stores the row, refusing a second row with the same id or alternate key values.</summary>
    public void Put(StoredRow stored)
    {
        Guid id = stored.Row.Id;
        StoredRow? previous = _rows.GetValueOrDefault(id);
        foreach (AlternateKey key in Schema.AlternateKeys)
        {
            var composite = KeyOf(key, stored.Row);
            if (composite.IsComplete && _keyIndexes[key.Name].TryGetValue(composite, out Guid holder) && holder != id)
            {
                throw DataverseFault.DuplicateKey(Schema.LogicalName, key.Name, key.Columns.Select(c => new KeyValuePair<string, object?>(c, stored.Row.Value(c))));
            }
        }

        if (previous is not null)
        {
            Unindex(previous);
        }

        _rows[id] = stored;
        Index(stored);
    }

    public void Remove(Guid id)
    {
        if (_rows.Remove(id, out StoredRow? removed))
        {
            Unindex(removed);
        }
    }

    // Every stored row's primary key column holds its id (the write handlers set it), so the rows by id are its index.
    private bool IsPrimaryId(string column, Type type) => type == typeof(Guid) && string.Equals(column, Schema.PrimaryIdAttribute, StringComparison.Ordinal);

    private static CompositeKey KeyOf(AlternateKey key, Entity row) => new(key.Columns.Select(c => row.Value(c)));

    private void Index(StoredRow stored)
    {
        Entity row = stored.Row;
        foreach (ColumnIndex index in _columnIndexes.Values)
        {
            index.Add(stored);
        }

        foreach (AlternateKey key in Schema.AlternateKeys)
        {
            var composite = KeyOf(key, row);
            if (composite.IsComplete)
            {
                _keyIndexes[key.Name][composite] = row.Id;
            }
        }
    }

    private void Unindex(StoredRow stored)
    {
        Entity row = stored.Row;
        foreach (ColumnIndex index in _columnIndexes.Values)
        {
            index.Remove(stored);
        }

        foreach (AlternateKey key in Schema.AlternateKeys)
        {
            var composite = KeyOf(key, row);
            if (composite.IsComplete)
            {
                _keyIndexes[key.Name].Remove(composite);
            }
        }
    }
}
