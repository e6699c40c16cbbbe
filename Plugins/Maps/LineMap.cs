using System.Collections.Generic;
using System.Linq;

namespace DualWrite.Plugins.Maps;

/// <summary>
/// The lines a header map sends with its header in one $batch change set (a proforma's invoice lines): the line
/// table, its lookup to the header, and the line entity's keys and fields. Lines go to the header's company.
/// </summary>
public sealed class LineMap
{
    public LineMap(string name, string sourceTable, string headerLookup, string entitySet, string entityType, IReadOnlyList<FieldMap> keys, IReadOnlyList<FieldMap> fields, string? financeEntity = null)
    {
        FinanceEntity = financeEntity;
        Name = name;
        SourceTable = sourceTable;
        HeaderLookup = headerLookup;
        EntitySet = entitySet;
        EntityType = entityType;
        Keys = keys;
        Fields = fields;
    }

    /// <summary>The name configuration overrides the line entity set by.</summary>
    public string Name { get; }

    public string SourceTable { get; }

    public string HeaderLookup { get; }

    public string EntitySet { get; }

    public string EntityType { get; }

    /// <summary>The Finance data entity's AOT name (/Metadata/DataEntities Name).</summary>
    public string? FinanceEntity { get; }

    public IReadOnlyList<FieldMap> Keys { get; }

    public IReadOnlyList<FieldMap> Fields { get; }

    /// <summary>The line columns read to build a line.</summary>
    public IReadOnlyList<string> Columns => Keys.Concat(Fields).Where(f => f.Direction == FieldDirection.ToFinance).SelectMany(f => f.Source.Columns).Distinct().ToArray();
}
