using System;
using System.Collections.Generic;
using System.Linq;

namespace DualWrite.Testing.Schema;

/// <summary>An alternate key of a table: a named set of columns whose values identify one row (Upsert and lookups by key use it).</summary>
public sealed class AlternateKey
{
    public AlternateKey(string name, IEnumerable<string> columns)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            throw new ArgumentException("An alternate key needs a name.", nameof(name));
        }

        Name = name;
        Columns = columns.OrderBy(c => c, StringComparer.Ordinal).ToArray();
        if (Columns.Count == 0)
        {
            throw new ArgumentException($"Alternate key '{name}' needs at least one column.", nameof(columns));
        }
    }

    public string Name { get; }

    /// <summary>The key's columns, sorted, so the same set of columns always matches whatever order a caller gives it in.</summary>
    public IReadOnlyList<string> Columns { get; }

    public bool IsMadeOf(IEnumerable<string> columns) =>
        Columns.SequenceEqual(columns.OrderBy(c => c, StringComparer.Ordinal), StringComparer.Ordinal);
}
