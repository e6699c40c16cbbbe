using System;
using System.Collections.Generic;
using System.Linq;

namespace DualWrite.Testing.Schema;

/// <summary>
/// A column of a table: its logical name, its type, its limits and, for a lookup, the tables it may point at and what
/// deleting the row it points at does.
/// </summary>
public sealed class ColumnSchema
{
    public ColumnSchema(string logicalName, ColumnType type, IEnumerable<string>? lookupTargets = null, CascadeDelete onDelete = CascadeDelete.RemoveLink, ColumnLimits? limits = null)
    {
        if (string.IsNullOrWhiteSpace(logicalName))
        {
            throw new ArgumentException("A column needs a logical name.", nameof(logicalName));
        }

        LogicalName = logicalName;
        Type = type;
        LookupTargets = (lookupTargets ?? []).ToArray();
        OnDelete = onDelete;
        Limits = limits ?? ColumnLimits.None;
        if (type == ColumnType.Lookup && LookupTargets.Count == 0)
        {
            throw new ArgumentException($"Lookup column '{logicalName}' needs at least one target table.", nameof(lookupTargets));
        }
    }

    public string LogicalName { get; }

    public ColumnType Type { get; }

    /// <summary>The tables a lookup may point at; "*" means any table (asyncoperation.regardingobjectid).</summary>
    public IReadOnlyList<string> LookupTargets { get; }

    /// <summary>For a lookup, what deleting the row it points at does to this row (RemoveLink unless declared otherwise).</summary>
    public CascadeDelete OnDelete { get; }

    /// <summary>What the column's metadata allows beyond its type; <see cref="ColumnLimits.None"/> for a column declared without limits.</summary>
    public ColumnLimits Limits { get; }

    public bool MayReference(string table) => LookupTargets.Contains("*") || LookupTargets.Contains(table, StringComparer.Ordinal);

    public override string ToString() => $"{LogicalName} ({Type})";
}
