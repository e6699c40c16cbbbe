using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;
using DualWrite.Plugins.Finance;
using Microsoft.OData.Edm;

namespace DualWrite.FinanceEmulator.Data;

/// <summary>
/// The rows of every entity set, in memory. Writes go through a <see cref="StoreTransaction"/> that is committed
/// whole or dropped whole, which is what makes a change set atomic. Stored rows are never changed in place.
/// </summary>
public sealed class EntityStore
{
    private readonly object _gate = new();
    private Dictionary<string, Dictionary<string, JsonObject>> _tables;

    internal EntityStore(IEdmModel model, IEnumerable<FinanceEntityDefinition> definitions)
    {
        EntitySets = ServedEntitySet.Of(model);
        Definitions = definitions.ToDictionary(d => d.EntitySetName, StringComparer.Ordinal);
        _tables = EntitySets.Keys.ToDictionary(s => s, _ => new Dictionary<string, JsonObject>(StringComparer.Ordinal), StringComparer.Ordinal);
    }

    /// <summary>The served model's entity sets, by name: what the rows are kept and checked by.</summary>
    public IReadOnlyDictionary<string, ServedEntitySet> EntitySets { get; }

    /// <summary>The plug-in definitions the model was built from; empty when the emulator serves a recorded snapshot (use <see cref="EntitySets"/>).</summary>
    public IReadOnlyDictionary<string, FinanceEntityDefinition> Definitions { get; }

    /// <summary>Raised after a transaction that changed something committed (the state file listens).</summary>
    internal event Action? Committed;

    /// <summary>A copy of the rows of one entity set, every company included.</summary>
    public IReadOnlyList<JsonObject> Rows(string entitySet)
    {
        lock (_gate)
        {
            return _tables.TryGetValue(entitySet, out Dictionary<string, JsonObject>? rows)
                ? rows.Values.Select(r => (JsonObject)r.DeepClone()).ToArray()
                : throw new ArgumentException($"The emulator serves no entity set '{entitySet}'.", nameof(entitySet));
        }
    }

    /// <summary>Puts a row in place as Finance already holding it (master data a local run or a test starts from).</summary>
    public void Seed(string entitySet, JsonObject row)
    {
        ServedEntitySet definition = EntitySets.TryGetValue(entitySet, out ServedEntitySet? found)
            ? found
            : throw new ArgumentException($"The emulator serves no entity set '{entitySet}'.", nameof(entitySet));
        Transact(t =>
        {
            t.Put(entitySet, RowKey.Of(definition, row), (JsonObject)row.DeepClone());
            return (true, true);
        });
    }

    /// <summary>Runs the work on a private copy and keeps its changes only when it returns true.</summary>
    internal T Transact<T>(Func<StoreTransaction, (T Result, bool Commit)> work)
    {
        lock (_gate)
        {
            var transaction = new StoreTransaction(_tables);
            (T result, bool commit) = work(transaction);
            if (commit && transaction.HasChanges)
            {
                _tables = transaction.Tables;
                Committed?.Invoke();
            }

            return result;
        }
    }

    /// <summary>Every row of every set as one JSON document: {"Set":[rows]}.</summary>
    internal string Export()
    {
        lock (_gate)
        {
            var document = new JsonObject();
            foreach ((string set, Dictionary<string, JsonObject> rows) in _tables)
            {
                document[set] = new JsonArray(rows.Values.Select(r => (JsonNode)r.DeepClone()).ToArray());
            }

            return document.ToJsonString(new JsonSerializerOptions { WriteIndented = true });
        }
    }

    /// <summary>Loads rows exported before, replacing what is held; sets the definitions no longer have are skipped.</summary>
    internal void Import(string json)
    {
        JsonObject document = JsonNode.Parse(json) as JsonObject ?? throw new FormatException("The state file does not hold a JSON object.");
        lock (_gate)
        {
            foreach ((string set, JsonNode? rows) in document)
            {
                if (EntitySets.TryGetValue(set, out ServedEntitySet? definition) && rows is JsonArray array)
                {
                    _tables[set] = array.OfType<JsonObject>().ToDictionary(r => RowKey.Of(definition, r), r => (JsonObject)r.DeepClone(), StringComparer.Ordinal);
                }
            }
        }
    }
}
