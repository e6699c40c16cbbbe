using System;
using System.Collections.Generic;
using System.Linq;
using DualWrite.Testing.Faults;
using DualWrite.Testing.Schema;
using Microsoft.Xrm.Sdk;

namespace DualWrite.Testing.Store;

/// <summary>The rows of one table, by id, with an index per alternate key so a lookup by key costs no scan.</summary>
internal sealed class TableRows
{
    private readonly Dictionary<Guid, StoredRow> _rows = [];
    private readonly Dictionary<string, Dictionary<CompositeKey, Guid>> _keyIndexes = new(StringComparer.Ordinal);

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
            Unindex(previous.Row);
        }

        _rows[id] = stored;
        Index(stored.Row);
    }

    public void Remove(Guid id)
    {
        if (_rows.Remove(id, out StoredRow? removed))
        {
            Unindex(removed.Row);
        }
    }

    private static CompositeKey KeyOf(AlternateKey key, Entity row) => new(key.Columns.Select(c => row.Value(c)));

    private void Index(Entity row)
    {
        foreach (AlternateKey key in Schema.AlternateKeys)
        {
            var composite = KeyOf(key, row);
            if (composite.IsComplete)
            {
                _keyIndexes[key.Name][composite] = row.Id;
            }
        }
    }

    private void Unindex(Entity row)
    {
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
