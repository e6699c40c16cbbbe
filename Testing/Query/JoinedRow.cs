using System;
using System.Collections.Generic;
using Microsoft.Xrm.Sdk;

namespace DualWrite.Testing.Query;

/// <summary>
/// One row of a query's result before projection: the root row and, by alias, the row each link joined (null for
/// an outer join without a match). Cheap for queries without links: the link map exists only once a link joins.
/// </summary>
internal sealed class JoinedRow
{
    private readonly string _rootAlias;
    private readonly Dictionary<string, Entity?>? _links;

    public JoinedRow(string rootAlias, Entity root, long sequence)
        : this(rootAlias, root, sequence, null)
    {
    }

    private JoinedRow(string rootAlias, Entity root, long sequence, Dictionary<string, Entity?>? links)
    {
        _rootAlias = rootAlias;
        Root = root;
        Sequence = sequence;
        _links = links;
    }

    public Entity Root { get; }

    /// <summary>The root row's creation order: the order of rows a query does not order.</summary>
    public long Sequence { get; }

    public Entity? RowOf(string alias) =>
        string.Equals(alias, _rootAlias, StringComparison.Ordinal) ? Root : _links?.GetValueOrDefault(alias);

    public JoinedRow With(string alias, Entity? row)
    {
        var links = _links is null ? new Dictionary<string, Entity?>(StringComparer.Ordinal) : new Dictionary<string, Entity?>(_links, StringComparer.Ordinal);
        links[alias] = row;
        return new JoinedRow(_rootAlias, Root, Sequence, links);
    }
}
