using System.Collections.Generic;
using Microsoft.Xrm.Sdk;

namespace DualWrite.Plugins.Maps.Values;

/// <summary>
/// Where a Finance value comes from in Dataverse, and how it is transformed: a column, a money amount, a date, an
/// option value mapped to a Finance enum member, a related record's natural key, a default. It declares the columns
/// of the mapped record it reads, so the steps' filtering attributes and images are derived from it.
/// </summary>
public abstract class SourceValue
{
    /// <summary>The columns of the mapped record this value reads (not those of related records).</summary>
    public abstract IReadOnlyList<string> Columns { get; }

    /// <summary>Every Dataverse column this value reads, of <paramref name="table"/> and of the tables its lookups lead to.</summary>
    public abstract IEnumerable<ColumnUse> Uses(string table);

    /// <summary>The Finance enum member names this value can send (a choice's mapped members, an enum constant).</summary>
    public virtual IEnumerable<string> SentMembers => [];

    /// <summary>The Finance value for this record: a string, number, bool, UTC date or enum member name; null for none.</summary>
    public abstract object? Read(Entity record, RelatedRecords related);
}
