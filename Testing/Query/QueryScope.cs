using System;
using System.Collections.Generic;
using DualWrite.Testing.Faults;
using DualWrite.Testing.Schema;

namespace DualWrite.Testing.Query;

/// <summary>The tables a query can name, by alias: the root table under its logical name and each link under its alias.</summary>
internal sealed class QueryScope
{
    private readonly Dictionary<string, TableSchema> _aliases = new(StringComparer.Ordinal);

    public QueryScope(TableSchema root, Guid callerId)
    {
        Root = root;
        CallerId = callerId;
        _aliases[root.LogicalName] = root;
    }

    public TableSchema Root { get; }

    /// <summary>The user running the query, for EqualUserId.</summary>
    public Guid CallerId { get; }

    public void Add(string alias, TableSchema table)
    {
        if (!_aliases.TryAdd(alias, table))
        {
            throw DataverseFault.InvalidArgument($"The query uses the alias '{alias}' twice.");
        }
    }

    public TableSchema TableOf(string alias) => _aliases.TryGetValue(alias, out TableSchema? table) ? table : throw DataverseFault.NoSuchAlias(alias);
}
