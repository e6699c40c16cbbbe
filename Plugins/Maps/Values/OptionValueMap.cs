using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.Xrm.Sdk;

namespace DualWrite.Plugins.Maps.Values;

/// <summary>
/// Dual-write's ValueMap: a choice (or yes/no) column's value becomes a Finance enum member's name, such as a
/// project's statecode becoming its Finance stage. A value the map does not know is an error naming it.
/// </summary>
public sealed class OptionValueMap : SourceValue
{
    private readonly string _column;
    private readonly IReadOnlyDictionary<int, string> _members;

    public OptionValueMap(string column, IReadOnlyDictionary<int, string> members)
    {
        _column = column;
        _members = members;
        Columns = [column];
    }

    public override IReadOnlyList<string> Columns { get; }

    public override IEnumerable<ColumnUse> Uses(string table) => [new ColumnUse(table, _column, ColumnRead.Choice, choiceValues: _members.Keys.ToArray())];

    public override IEnumerable<string> SentMembers => _members.Values;

    public override object? Read(Entity record, RelatedRecords related)
    {
        record.Attributes.TryGetValue(_column, out object? value);
        int? number = value switch
        {
            null => null,
            OptionSetValue option => option.Value,
            bool flag => flag ? 1 : 0,
            _ => throw new InvalidOperationException($"Column '{_column}' of {record.LogicalName} {record.Id:D} holds a {value.GetType().Name}, not a choice."),
        };
        if (number is null)
        {
            return null;
        }

        return _members.TryGetValue(number.Value, out string? member)
            ? member
            : throw new InvalidOperationException(
                $"Column '{_column}' of {record.LogicalName} {record.Id:D} has value {number}, which the map does not send to Finance (it knows {string.Join(", ", _members.Keys.OrderBy(k => k))}).");
    }
}
