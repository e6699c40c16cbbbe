using System;
using System.Collections.Generic;
using DualWrite.Plugins.Finance;

namespace DualWrite.Plugins.Sync;

/// <summary>One Finance row a record becomes: where it goes (entity set and key) and the fields sent.</summary>
internal sealed class FinanceRow
{
    public FinanceRow(string partition, string entitySet, FinanceKey key, IReadOnlyDictionary<string, object?> fields)
    {
        Partition = partition;
        EntitySet = entitySet;
        Key = key;
        Fields = fields;
    }

    /// <summary>The company (or shared variant) the row belongs to; the sync state's legal entity.</summary>
    public string Partition { get; }

    public string EntitySet { get; }

    public FinanceKey Key { get; }

    /// <summary>The non-key fields sent.</summary>
    public IReadOnlyDictionary<string, object?> Fields { get; }

    /// <summary>The hash of what the row sends: an unchanged row is not sent again.</summary>
    public string Hash => PayloadHash.Of(this);

    /// <summary>The key and the fields: the row as Finance creates it.</summary>
    public IReadOnlyDictionary<string, object?> FullRow
    {
        get
        {
            var row = new Dictionary<string, object?>(Key.Fields.Count + Fields.Count, StringComparer.Ordinal);
            foreach (KeyValuePair<string, object?> part in Key.RowWith(Fields))
            {
                row.Add(part.Key, part.Value);
            }

            return row;
        }
    }
}
