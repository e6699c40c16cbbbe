using System;
using System.Collections.Generic;
using Microsoft.Xrm.Sdk;

namespace DualWrite.Plugins.Maps.Values;

/// <summary>A text, number or yes/no column, sent as it is.</summary>
public sealed class ColumnValue : SourceValue
{
    private readonly string _column;

    public ColumnValue(string column)
    {
        _column = column;
        Columns = [column];
    }

    public override IReadOnlyList<string> Columns { get; }

    public override IEnumerable<ColumnUse> Uses(string table) => [new ColumnUse(table, _column, ColumnRead.Value)];

    public override object? Read(Entity record, RelatedRecords related)
    {
        record.Attributes.TryGetValue(_column, out object? value);
        return value switch
        {
            null or string or int or long or decimal or double or bool => value,
            _ => throw new InvalidOperationException($"Column '{_column}' of {record.LogicalName} {record.Id:D} holds a {value.GetType().Name}; the map reads it as text, a number or yes/no."),
        };
    }
}
