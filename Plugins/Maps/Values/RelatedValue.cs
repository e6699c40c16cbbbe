using System.Collections.Generic;
using System.Linq;
using Microsoft.Xrm.Sdk;

namespace DualWrite.Plugins.Maps.Values;

/// <summary>
/// A value of the record a lookup points to, such as the project's number for a task or the company code of the
/// project's owning company: how a lookup becomes the related record's natural key in Finance. Chains nest.
/// </summary>
public sealed class RelatedValue : SourceValue
{
    private readonly string _lookup;
    private readonly string _table;
    private readonly SourceValue _value;

    public RelatedValue(string lookup, string table, SourceValue value)
    {
        _lookup = lookup;
        _table = table;
        _value = value;
        Columns = [lookup];
    }

    public override IReadOnlyList<string> Columns { get; }

    public override IEnumerable<ColumnUse> Uses(string table) =>
        new[] { new ColumnUse(table, _lookup, ColumnRead.Lookup, _table) }.Concat(_value.Uses(_table));

    public override IEnumerable<string> SentMembers => _value.SentMembers;

    public override object? Read(Entity record, RelatedRecords related)
    {
        EntityReference? reference = record.GetAttributeValue<EntityReference>(_lookup);
        if (reference is null)
        {
            return null;
        }

        Entity target = related.Read(_table, reference.Id, _value.Columns);
        return _value.Read(target, related);
    }
}
