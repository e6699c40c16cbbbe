using System;
using System.Collections.Generic;
using DualWrite.Testing.Query;

namespace DualWrite.Testing.Store;

/// <summary>
/// The rows of one table by the value of one column, as queries compare it (<see cref="ColumnValueEquality"/>), each
/// value's rows in creation order. Rows whose column is null are not indexed. <see cref="TableRows"/> keeps it in
/// step with every write, so a rollback or a cascade that goes through the store keeps it right.
/// </summary>
internal sealed class ColumnIndex
{
    private static readonly IReadOnlyCollection<StoredRow> s_none = [];

    private readonly string _column;
    private readonly Dictionary<object, SortedDictionary<long, StoredRow>> _rows = new(ColumnValueEquality.Instance);

    // Every type of value the column ever held, so a lookup knows when Compare's cross-type rule could match what equality does not.
    private readonly HashSet<Type> _types = [];

    public ColumnIndex(string column, IEnumerable<StoredRow> rows)
    {
        _column = column;
        foreach (StoredRow row in rows)
        {
            Add(row);
        }
    }

    /// <summary>The rows holding the value, oldest first.</summary>
    public IReadOnlyCollection<StoredRow> Find(object value) =>
        _rows.TryGetValue(value, out SortedDictionary<long, StoredRow>? rows) ? rows.Values : s_none;

    /// <summary>Whether every value the column has held is of this type (or it has held none), so equality finds every row Compare would.</summary>
    public bool HoldsOnly(Type type) => _types.Count == 0 || (_types.Count == 1 && _types.Contains(type));

    public void Add(StoredRow row)
    {
        if (KeyOf(row) is { } key)
        {
            _types.Add(key.GetType());
            if (!_rows.TryGetValue(key, out SortedDictionary<long, StoredRow>? rows))
            {
                _rows[key] = rows = [];
            }

            rows[row.Sequence] = row;
        }
    }

    public void Remove(StoredRow row)
    {
        if (KeyOf(row) is { } key && _rows.TryGetValue(key, out SortedDictionary<long, StoredRow>? rows))
        {
            rows.Remove(row.Sequence);
            if (rows.Count == 0)
            {
                _rows.Remove(key);
            }
        }
    }

    private object? KeyOf(StoredRow row) => ColumnValue.OfRow(row.Row.Value(_column));
}
