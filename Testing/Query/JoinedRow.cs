using System.Collections.Generic;
using Microsoft.Xrm.Sdk;

namespace DualWrite.Testing.Query;

/// <summary>One row of a query's result before projection: the root row and, by alias, the row each link joined (null for an outer join without a match).</summary>
internal sealed class JoinedRow
{
    private readonly Dictionary<string, Entity?> _rows;

    public JoinedRow(string rootAlias, Entity root)
    {
        Root = root;
        _rows = new Dictionary<string, Entity?>(System.StringComparer.Ordinal) { [rootAlias] = root };
    }

    private JoinedRow(Entity root, Dictionary<string, Entity?> rows)
    {
        Root = root;
        _rows = rows;
    }

    public Entity Root { get; }

    public Entity? RowOf(string alias) => _rows.GetValueOrDefault(alias);

    public JoinedRow With(string alias, Entity? row) => new(Root, new Dictionary<string, Entity?>(_rows, System.StringComparer.Ordinal) { [alias] = row });
}
