using System;
using System.Collections.Generic;
using Microsoft.Xrm.Sdk;

namespace DualWrite.Plugins.Maps.Values;

/// <summary>A date and time column, sent in UTC as Finance's Edm.DateTimeOffset (yyyy-MM-ddTHH:mm:ssZ).</summary>
public sealed class DateValue : SourceValue
{
    private readonly string _column;

    public DateValue(string column)
    {
        _column = column;
        Columns = [column];
    }

    public override IReadOnlyList<string> Columns { get; }

    public override IEnumerable<ColumnUse> Uses(string table) => [new ColumnUse(table, _column, ColumnRead.Date)];

    public override object? Read(Entity record, RelatedRecords related)
    {
        if (!record.Attributes.TryGetValue(_column, out object? value) || value is null)
        {
            return null;
        }

        // Dataverse hands out UTC; a value without a kind is UTC by the platform's contract.
        DateTime moment = (DateTime)value;
        return new DateTimeOffset(DateTime.SpecifyKind(moment.Kind == DateTimeKind.Local ? moment.ToUniversalTime() : moment, DateTimeKind.Utc));
    }
}
