using System;
using System.Collections.Generic;
using Microsoft.Xrm.Sdk;

namespace DualWrite.Plugins.Maps.Values;

/// <summary>The record's own id, or the id a lookup holds, as Finance keeps Dataverse ids: the GUID's text.</summary>
public sealed class RecordIdValue : SourceValue
{
    private readonly string? _lookup;

    /// <param name="lookup">A lookup column whose target's id is wanted; null for the record's own id.</param>
    public RecordIdValue(string? lookup = null)
    {
        _lookup = lookup;
        Columns = lookup is null ? [] : [lookup];
    }

    public override IReadOnlyList<string> Columns { get; }

    public override IEnumerable<ColumnUse> Uses(string table) => _lookup is null ? [] : [new ColumnUse(table, _lookup, ColumnRead.Lookup)];

    public override object? Read(Entity record, RelatedRecords related)
    {
        Guid? id = _lookup is null ? record.Id : record.GetAttributeValue<EntityReference>(_lookup)?.Id;
        return id is Guid value && value != Guid.Empty ? value.ToString("D") : null;
    }
}
