using System;
using System.Collections.Generic;
using Microsoft.Xrm.Sdk;

namespace DualWrite.LocalRun.DataSet;

/// <summary>Collects a data set's operations in order, from one seeded random sequence, so a seed always gives the same ids and values.</summary>
internal sealed class DataSetWriter
{
    private readonly List<DataSetOperation> _operations = [];

    public DataSetWriter(int seed)
    {
        Random = new Random(seed);
    }

    public Random Random { get; }

    public IReadOnlyList<DataSetOperation> Operations => _operations;

    public EntityReference Seed(string table, params (string Column, object? Value)[] values) => Add(DataSetOperationKind.Seed, Row(table, NewId(), values));

    public EntityReference Create(string table, params (string Column, object? Value)[] values) => Add(DataSetOperationKind.Create, Row(table, NewId(), values));

    public void Update(EntityReference record, params (string Column, object? Value)[] values) => Add(DataSetOperationKind.Update, Row(record.LogicalName!, record.Id, values));

    public T Pick<T>(IReadOnlyList<T> items) => items[Random.Next(items.Count)];

    public bool Chance(double probability) => Random.NextDouble() < probability;

    /// <summary>A whole-number amount between the bounds, as project figures usually are.</summary>
    public decimal Amount(int minimum, int maximum) => Random.Next(minimum, maximum + 1);

    private EntityReference Add(DataSetOperationKind kind, Entity row)
    {
        _operations.Add(new DataSetOperation(kind, row));
        return row.ToEntityReference();
    }

    // A version-4 shaped GUID from the seeded sequence.
    private Guid NewId()
    {
        byte[] bytes = new byte[16];
        Random.NextBytes(bytes);
        bytes[7] = (byte)((bytes[7] & 0x0F) | 0x40);
        bytes[8] = (byte)((bytes[8] & 0x3F) | 0x80);
        return new Guid(bytes);
    }

    private static Entity Row(string table, Guid id, (string Column, object? Value)[] values)
    {
        var row = new Entity(table, id);
        foreach ((string column, object? value) in values)
        {
            row[column] = value;
        }

        return row;
    }
}
