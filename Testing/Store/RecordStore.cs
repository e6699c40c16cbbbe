using System;
using System.Collections.Generic;
using System.Linq;
using DualWrite.Testing.Schema;
using Microsoft.Xrm.Sdk;

namespace DualWrite.Testing.Store;

/// <summary>
/// The rows of every table. Writes inside a transaction are journaled so a rollback restores every table; the
/// store never hands out its rows (callers copy with <see cref="ValueCopy"/>).
/// </summary>
internal sealed class RecordStore
{
    private readonly DataverseSchema _schema;
    private readonly Dictionary<string, TableRows> _tables = new(StringComparer.Ordinal);
    private long _sequence;

    public RecordStore(DataverseSchema schema)
    {
        _schema = schema;
    }

    public StoreTransaction? Transaction { get; private set; }

    public TableRows Table(string logicalName)
    {
        TableSchema schema = _schema.Table(logicalName);
        if (!_tables.TryGetValue(logicalName, out TableRows? rows) || !ReferenceEquals(rows.Schema, schema))
        {
            // A table redeclared after rows were stored keeps its rows under the new schema.
            var replacement = new TableRows(schema);
            foreach (StoredRow row in rows?.All.ToArray() ?? [])
            {
                replacement.Put(row);
            }

            rows = _tables[logicalName] = replacement;
        }

        return rows;
    }

    public Entity? Find(string table, Guid id) => Table(table).Find(id)?.Row;

    public void Insert(Entity row)
    {
        TableRows rows = Table(row.LogicalName!);
        StoredRow? current = rows.Find(row.Id);
        if (current is not null)
        {
            throw Faults.DataverseFault.DuplicateId(row.LogicalName!, row.Id);
        }

        rows.Put(new StoredRow(row, ++_sequence));
        Transaction?.Touch(row.LogicalName!, row.Id, null);
    }

    /// <summary>Stores a new version of an existing row.</summary>
    public void Replace(Entity row)
    {
        TableRows rows = Table(row.LogicalName!);
        StoredRow current = rows.Find(row.Id) ?? throw Faults.DataverseFault.DoesNotExist(row.LogicalName!, row.Id);
        rows.Put(new StoredRow(row, current.Sequence));
        Transaction?.Touch(row.LogicalName!, row.Id, current);
    }

    public void Remove(string table, Guid id)
    {
        TableRows rows = Table(table);
        StoredRow current = rows.Find(id) ?? throw Faults.DataverseFault.DoesNotExist(table, id);
        rows.Remove(id);
        Transaction?.Touch(table, id, current);
    }

    public StoreTransaction Begin()
    {
        if (Transaction is not null)
        {
            throw new InvalidOperationException("A transaction is already open; nested operations join it.");
        }

        return Transaction = new StoreTransaction();
    }

    public void Commit(StoreTransaction transaction)
    {
        EnsureCurrent(transaction);
        Transaction = null;
    }

    public void Rollback(StoreTransaction transaction)
    {
        EnsureCurrent(transaction);
        Transaction = null;
        // Every row goes back to its first version: removed rows first, so restoring cannot collide on a key.
        var touched = transaction.Touched.ToArray();
        foreach (var ((table, id), _) in touched)
        {
            Table(table).Remove(id);
        }

        foreach (var ((table, _), before) in touched)
        {
            if (before is not null)
            {
                Table(table).Put(before);
            }
        }
    }

    private void EnsureCurrent(StoreTransaction transaction)
    {
        if (!ReferenceEquals(Transaction, transaction))
        {
            throw new InvalidOperationException("The transaction is not the open one.");
        }
    }
}
