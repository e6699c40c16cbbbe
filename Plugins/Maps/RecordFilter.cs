using System;
using System.Collections.Generic;
using System.Linq;
using DualWrite.Plugins.Maps.Values;
using Microsoft.Xrm.Sdk;

namespace DualWrite.Plugins.Maps;

/// <summary>Which records of the table a map sends (dual-write's source filter), and the columns it reads.</summary>
public sealed class RecordFilter
{
    private readonly Func<Entity, bool> _accepts;
    private readonly Func<string, IEnumerable<ColumnUse>> _uses;

    private RecordFilter(string description, IReadOnlyList<string> columns, Func<Entity, bool> accepts, Func<string, IEnumerable<ColumnUse>> uses)
    {
        Description = description;
        Columns = columns;
        _accepts = accepts;
        _uses = uses;
    }

    public string Description { get; }

    public IReadOnlyList<string> Columns { get; }

    public bool Accepts(Entity record) => _accepts(record);

    /// <summary>The columns the filter reads, as the map check compares them with a schema.</summary>
    public IEnumerable<ColumnUse> Uses(string table) => _uses(table);

    public static RecordFilter OptionIs(string column, int value) =>
        new($"{column} = {value}", [column], r => r.GetAttributeValue<OptionSetValue>(column)?.Value == value, t => [new ColumnUse(t, column, ColumnRead.Choice, choiceValues: [value])]);

    /// <summary>A yes/no column that is not set to yes (Skip Sync).</summary>
    public static RecordFilter NotYes(string column) => new($"{column} is not yes", [column], r => r.GetAttributeValue<bool?>(column) != true, t => [new ColumnUse(t, column, ColumnRead.Choice, choiceValues: [1])]);

    public static RecordFilter IsEmpty(string column) =>
        new($"{column} is empty", [column], r => !r.Attributes.TryGetValue(column, out object? v) || v is null || (v is string s && s.Length == 0), t => [new ColumnUse(t, column, ColumnRead.Value)]);

    public RecordFilter And(RecordFilter other) =>
        new($"{Description} and {other.Description}", Columns.Concat(other.Columns).Distinct().ToArray(), r => Accepts(r) && other.Accepts(r), t => Uses(t).Concat(other.Uses(t)));
}
