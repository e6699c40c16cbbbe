using System;
using System.Collections.Generic;
using System.Linq;

namespace DualWrite.Testing.Store;

/// <summary>The normalized values of an alternate key's columns, in the key's column order: the key of the key index.</summary>
internal readonly struct CompositeKey : IEquatable<CompositeKey>
{
    private readonly object?[] _parts;

    public CompositeKey(IEnumerable<object?> values)
    {
        _parts = values.Select(KeyValue.Normalize).ToArray();
    }

    /// <summary>A row with a null key column is not indexed (it cannot be found by that key either).</summary>
    public bool IsComplete => _parts.All(p => p is not null);

    public bool Equals(CompositeKey other) => _parts.SequenceEqual(other._parts);

    public override bool Equals(object? obj) => obj is CompositeKey other && Equals(other);

    public override int GetHashCode()
    {
        var hash = new HashCode();
        foreach (object? part in _parts)
        {
            hash.Add(part);
        }

        return hash.ToHashCode();
    }
}
