using System;
using System.Collections.Generic;

namespace DualWrite.Plugins.Maps.Values;

/// <summary>
/// Which related record was read with which columns: the table, the id and the column list, compared name by name.
/// A value, so telling reads apart builds no string.
/// </summary>
internal readonly struct RelatedRecordKey : IEquatable<RelatedRecordKey>
{
    private readonly string _table;
    private readonly Guid _id;
    private readonly IReadOnlyList<string> _columns;

    public RelatedRecordKey(string table, Guid id, IReadOnlyList<string> columns)
    {
        _table = table;
        _id = id;
        _columns = columns;
    }

    public bool Equals(RelatedRecordKey other)
    {
        if (_id != other._id || !string.Equals(_table, other._table, StringComparison.Ordinal) || _columns.Count != other._columns.Count)
        {
            return false;
        }

        for (int i = 0; i < _columns.Count; i++)
        {
            if (!string.Equals(_columns[i], other._columns[i], StringComparison.Ordinal))
            {
                return false;
            }
        }

        return true;
    }

    public override bool Equals(object? obj) => obj is RelatedRecordKey other && Equals(other);

    public override int GetHashCode() => _id.GetHashCode() ^ _columns.Count;
}
