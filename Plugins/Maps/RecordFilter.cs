using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.Xrm.Sdk;

namespace DualWrite.Plugins.Maps;

/// <summary>Which records of the table a map sends (dual-write's source filter), and the columns it reads.</summary>
public sealed class RecordFilter
{
    private readonly Func<Entity, bool> _accepts;

    private RecordFilter(string description, IReadOnlyList<string> columns, Func<Entity, bool> accepts)
    {
        Description = description;
        Columns = columns;
        _accepts = accepts;
    }

    public string Description { get; }

    public IReadOnlyList<string> Columns { get; }

    public bool Accepts(Entity record) => _accepts(record);

    public static RecordFilter OptionIs(string column, int value) =>
        new($"{column} = {value}", [column], r => r.GetAttributeValue<OptionSetValue>(column)?.Value == value);

    /// <summary>A yes/no column that is not set to yes (Skip Sync).</summary>
    public static RecordFilter NotYes(string column) => new($"{column} is not yes", [column], r => r.GetAttributeValue<bool?>(column) != true);

    public static RecordFilter IsEmpty(string column) =>
        new($"{column} is empty", [column], r => !r.Attributes.TryGetValue(column, out object? v) || v is null || (v is string s && s.Length == 0));

    public RecordFilter And(RecordFilter other) =>
        new($"{Description} and {other.Description}", Columns.Concat(other.Columns).Distinct().ToArray(), r => Accepts(r) && other.Accepts(r));
}
