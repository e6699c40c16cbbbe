using System.Collections.Generic;

namespace DualWrite.Plugins.Maps.Values;

/// <summary>
/// One Dataverse name a map depends on: a column of a table, how it is read, the table a lookup is followed to, and
/// the choice values the map names. The map check compares these with a schema, the recorded one or a customer's.
/// </summary>
public sealed class ColumnUse
{
    public ColumnUse(string table, string column, ColumnRead read, string? lookupTarget = null, IReadOnlyList<int>? choiceValues = null)
    {
        Table = table;
        Column = column;
        Read = read;
        LookupTarget = lookupTarget;
        ChoiceValues = choiceValues ?? [];
    }

    public string Table { get; }

    public string Column { get; }

    public ColumnRead Read { get; }

    /// <summary>For a lookup the map follows, the table it must point at; null when only the id is read.</summary>
    public string? LookupTarget { get; }

    /// <summary>For a choice, the values the map names (each must exist).</summary>
    public IReadOnlyList<int> ChoiceValues { get; }

    public override string ToString() => $"{Table}.{Column} ({Read})";
}
