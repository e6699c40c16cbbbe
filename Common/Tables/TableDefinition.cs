using System;
using System.Collections.Generic;
using System.Linq;

namespace DualWrite.Common.Tables;

/// <summary>
/// One of the project's own Dataverse tables: the solution's Entity.xml is generated from it, and the plug-ins and
/// activities write it by the same names. Organization-owned: it is integration bookkeeping, not user data.
/// </summary>
internal sealed class TableDefinition
{
    public TableDefinition(
        string logicalName,
        string entitySetName,
        string displayName,
        string pluralDisplayName,
        string description,
        ColumnDefinition primaryName,
        IReadOnlyList<ColumnDefinition> columns,
        IReadOnlyList<AlternateKeyDefinition> alternateKeys)
    {
        LogicalName = logicalName;
        EntitySetName = entitySetName;
        DisplayName = displayName;
        PluralDisplayName = pluralDisplayName;
        Description = description;
        PrimaryName = primaryName;
        Columns = columns;
        AlternateKeys = alternateKeys;
        Validate();
    }

    public string LogicalName { get; }

    /// <summary>The Web API collection name.</summary>
    public string EntitySetName { get; }

    public string DisplayName { get; }

    public string PluralDisplayName { get; }

    public string Description { get; }

    /// <summary>The primary key column: the table's logical name followed by "id", as Dataverse names it.</summary>
    public string PrimaryKey => LogicalName + "id";

    /// <summary>The primary name column (single line of text) lists and lookups show.</summary>
    public ColumnDefinition PrimaryName { get; }

    /// <summary>The other custom columns, in the order the solution lists them.</summary>
    public IReadOnlyList<ColumnDefinition> Columns { get; }

    public IReadOnlyList<AlternateKeyDefinition> AlternateKeys { get; }

    /// <summary>Every custom column, the primary name first.</summary>
    public IEnumerable<ColumnDefinition> AllColumns => new[] { PrimaryName }.Concat(Columns);

    private void Validate()
    {
        if (PrimaryName.Type != ColumnType.Text || !PrimaryName.IsRequired)
        {
            throw new ArgumentException($"Table '{LogicalName}': the primary name column '{PrimaryName.LogicalName}' must be a required single line of text.");
        }

        var names = new HashSet<string>(StringComparer.Ordinal) { PrimaryKey };
        foreach (ColumnDefinition column in AllColumns)
        {
            if (!column.LogicalName.StartsWith("dw_", StringComparison.Ordinal) || !names.Add(column.LogicalName))
            {
                throw new ArgumentException($"Table '{LogicalName}': column '{column.LogicalName}' is defined twice or lacks the publisher prefix 'dw_'.");
            }
        }

        foreach (AlternateKeyDefinition key in AlternateKeys)
        {
            foreach (string column in key.Columns.Where(c => !names.Contains(c)))
            {
                throw new ArgumentException($"Table '{LogicalName}': alternate key '{key.LogicalName}' names column '{column}', which the table does not define.");
            }
        }
    }
}
