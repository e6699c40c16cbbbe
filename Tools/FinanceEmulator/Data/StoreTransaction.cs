using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Nodes;

namespace DualWrite.FinanceEmulator.Data;

/// <summary>A private copy of the tables a unit of work changes; the store swaps it in on commit.</summary>
internal sealed class StoreTransaction
{
    private readonly HashSet<string> _copied = new(StringComparer.Ordinal);

    public StoreTransaction(Dictionary<string, Dictionary<string, JsonObject>> tables)
    {
        // The outer map is copied now; a table is copied the first time this transaction writes to it.
        Tables = tables.ToDictionary(t => t.Key, t => t.Value, StringComparer.Ordinal);
    }

    public Dictionary<string, Dictionary<string, JsonObject>> Tables { get; }

    public bool HasChanges => _copied.Count > 0;

    public JsonObject? Find(string entitySet, string rowKey) => Tables[entitySet].TryGetValue(rowKey, out JsonObject? row) ? row : null;

    public IEnumerable<JsonObject> All(string entitySet) => Tables[entitySet].Values;

    public void Put(string entitySet, string rowKey, JsonObject row) => Writable(entitySet)[rowKey] = row;

    public void Remove(string entitySet, string rowKey) => Writable(entitySet).Remove(rowKey);

    private Dictionary<string, JsonObject> Writable(string entitySet)
    {
        if (_copied.Add(entitySet))
        {
            Tables[entitySet] = new Dictionary<string, JsonObject>(Tables[entitySet], StringComparer.Ordinal);
        }

        return Tables[entitySet];
    }
}
