using System.Collections.Generic;
using Microsoft.Xrm.Sdk;

namespace DualWrite.Plugins.Maps.Values;

/// <summary>A currency column: Finance takes the amount as a decimal (the currency travels in a field of its own).</summary>
public sealed class MoneyValue : SourceValue
{
    private readonly string _column;

    public MoneyValue(string column)
    {
        _column = column;
        Columns = [column];
    }

    public override IReadOnlyList<string> Columns { get; }

    public override IEnumerable<ColumnUse> Uses(string table) => [new ColumnUse(table, _column, ColumnRead.Money)];

    public override object? Read(Entity record, RelatedRecords related) => record.GetAttributeValue<Money>(_column)?.Value;
}
