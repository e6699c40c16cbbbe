using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Nodes;
using DualWrite.Plugins.Maps;
using DualWrite.Plugins.Maps.Values;
using DualWrite.Testing;
using Microsoft.Xrm.Sdk;

namespace DualWrite.LocalRun.Check;

/// <summary>
/// Applies every table map to the current state of Dataverse: for each record a map's filter accepts, the Finance
/// row it must have become in each company (or shared variant) it goes to. A record the map cannot build (a key with
/// no value) is a difference of its own.
/// </summary>
public static class ExpectedRows
{
    public static IReadOnlyList<ExpectedRow> Build(InMemoryDataverse dataverse, IReadOnlyList<string> legalEntities, ICollection<CheckDifference> differences, IReadOnlyDictionary<string, string>? entitySetOverrides = null)
    {
        var related = new RelatedRecords(dataverse.GetOrganizationService());
        var rows = new List<ExpectedRow>();
        foreach (TableMap map in TableMaps.All)
        {
            foreach (Entity record in dataverse.Records(map.SourceTable).Where(map.Accepts))
            {
                try
                {
                    foreach (MapPartition partition in map.Company.Partitions(record, related, legalEntities))
                    {
                        rows.Add(Row(map, EntitySetOf(map, entitySetOverrides), record, partition, related));
                    }
                }
                catch (Exception e) when (e is InvalidOperationException or ArgumentException)
                {
                    differences.Add(new CheckDifference($"{record.LogicalName} {record.Id:D}", map.Name, $"the map cannot build its Finance row from Dataverse: {e.Message}"));
                }
            }
        }

        return rows;
    }

    /// <summary>The entity set the map writes to in this run: its dw_EntitySetOverrides entry, else its default.</summary>
    public static string EntitySetOf(TableMap map, IReadOnlyDictionary<string, string>? entitySetOverrides) =>
        entitySetOverrides is not null && entitySetOverrides.TryGetValue(map.Name, out string? set) ? set : map.EntitySet;

    private static ExpectedRow Row(TableMap map, string entitySet, Entity record, MapPartition partition, RelatedRecords related)
    {
        var key = partition.KeyFields.Select(k => new KeyValuePair<string, JsonNode?>(k.Key, FinanceValues.ToJson(k.Value))).ToList();
        foreach (FieldMap field in map.Keys)
        {
            object? value = field.Source.Read(record, related);
            if (value is null || (value is string text && text.Length == 0))
            {
                throw new InvalidOperationException($"its key field {field.FinanceName} has no value");
            }

            key.Add(new KeyValuePair<string, JsonNode?>(field.FinanceName, FinanceValues.ToJson(value)));
        }

        Dictionary<string, JsonNode?> values = map.OutboundFields
            .ToDictionary(f => f.FinanceName, f => FinanceValues.ToJson(f.Source.Read(record, related)), StringComparer.Ordinal);
        return new ExpectedRow(map.Name, record.LogicalName!, record.Id, partition.Name, entitySet, key, values);
    }
}
