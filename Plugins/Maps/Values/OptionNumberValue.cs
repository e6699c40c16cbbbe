using System;
using System.Collections.Generic;
using Microsoft.Xrm.Sdk;

namespace DualWrite.Plugins.Maps.Values;

/// <summary>
/// A choice column's value sent as the number it is, for Finance fields that carry Dataverse's option value itself
/// (the actuals import's TransactionClassification is an Edm.Int64 holding 192350000 for Time).
/// </summary>
public sealed class OptionNumberValue : SourceValue
{
    private readonly string _column;

    public OptionNumberValue(string column)
    {
        _column = column;
        Columns = [column];
    }

    public override IReadOnlyList<string> Columns { get; }

    public override IEnumerable<ColumnUse> Uses(string table) => [new ColumnUse(table, _column, ColumnRead.Choice)];

    public override object? Read(Entity record, RelatedRecords related)
    {
        record.Attributes.TryGetValue(_column, out object? value);
        return value switch
        {
            null => null,
            OptionSetValue option => (long)option.Value,
            _ => throw new InvalidOperationException($"Column '{_column}' holds a {value.GetType().Name}, not a choice."),
        };
    }
}
