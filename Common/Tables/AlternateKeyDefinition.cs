using System.Collections.Generic;

namespace DualWrite.Common.Tables;

/// <summary>An alternate key: the columns an upsert finds a row by, without reading it first.</summary>
internal sealed class AlternateKeyDefinition
{
    public AlternateKeyDefinition(string logicalName, string displayName, params string[] columns)
    {
        LogicalName = logicalName;
        DisplayName = displayName;
        Columns = columns;
    }

    public string LogicalName { get; }

    public string DisplayName { get; }

    /// <summary>The key's columns' logical names, in key order.</summary>
    public IReadOnlyList<string> Columns { get; }
}
