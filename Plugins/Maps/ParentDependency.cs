using System;
using Microsoft.Xrm.Sdk;

namespace DualWrite.Plugins.Maps;

/// <summary>
/// A record that must reach Finance after its parent: the column naming the parent and the parent's map. The column is
/// a lookup, or a text column holding the parent's id (a transaction connection's msdyn_transaction1), which may be
/// qualified by a text column naming the parent's table (msdyn_transaction1type).
/// </summary>
public sealed class ParentDependency
{
    public ParentDependency(string lookup, string parentMap)
    {
        Lookup = lookup;
        ParentMap = parentMap;
    }

    private ParentDependency(string idColumn, string parentMap, string tableColumn, string table)
        : this(idColumn, parentMap)
    {
        TableColumn = tableColumn;
        Table = table;
    }

    /// <summary>The lookup (or text column) that names the parent.</summary>
    public string Lookup { get; }

    /// <summary>The name of the map that sends the parent.</summary>
    public string ParentMap { get; }

    /// <summary>For a parent named by text: the text column that must name <see cref="Table"/> for this dependency to apply.</summary>
    public string? TableColumn { get; }

    public string? Table { get; }

    /// <summary>Whether <see cref="Lookup"/> is a text column holding the parent's id rather than a lookup.</summary>
    public bool IsText => TableColumn is not null;

    /// <summary>A parent named by a text column holding its id, when another text column names its table.</summary>
    public static ParentDependency ByIdText(string idColumn, string tableColumn, string table, string parentMap) => new(idColumn, parentMap, tableColumn, table);

    /// <summary>The parent's id on this record, or null when it names none (or a row of another table).</summary>
    public Guid? ParentId(Entity record)
    {
        if (!IsText)
        {
            return record.GetAttributeValue<EntityReference>(Lookup)?.Id;
        }

        return string.Equals(record.GetAttributeValue<string>(TableColumn!), Table, StringComparison.OrdinalIgnoreCase)
            && Guid.TryParse(record.GetAttributeValue<string>(Lookup), out Guid id) ? id : null;
    }
}
