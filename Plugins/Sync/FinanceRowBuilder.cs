using System;
using System.Collections.Generic;
using System.Linq;
using DualWrite.Plugins.Configuration;
using DualWrite.Plugins.Finance;
using DualWrite.Plugins.Maps;
using DualWrite.Plugins.Maps.Values;
using Microsoft.Xrm.Sdk;

namespace DualWrite.Plugins.Sync;

/// <summary>Applies a map to a record: the Finance rows it becomes, one per company (or shared variant) it goes to.</summary>
internal sealed class FinanceRowBuilder
{
    private readonly RelatedRecords _related;
    private readonly SyncSettings _settings;

    public FinanceRowBuilder(RelatedRecords related, SyncSettings settings)
    {
        _related = related;
        _settings = settings;
    }

    public IReadOnlyList<MapPartition> Partitions(TableMap map, Entity record) => map.Company.Partitions(record, _related, _settings.LegalEntities);

    public IReadOnlyList<FinanceRow> Build(TableMap map, Entity record)
    {
        IReadOnlyList<MapPartition> partitions = Partitions(map, record);
        if (partitions.Count == 0)
        {
            return [];
        }

        string entitySet = _settings.EntitySetFor(map.Name, map.EntitySet);
        return partitions.Select(partition => Row(map.Name, record, partition, entitySet, map.Keys, map.Fields)).ToArray();
    }

    private FinanceRow Row(string mapName, Entity record, MapPartition partition, string entitySet, IReadOnlyList<FieldMap> keys, IReadOnlyList<FieldMap> fields)
    {
        var keyFields = new List<KeyValuePair<string, object>>(partition.KeyFields);
        foreach (FieldMap key in keys)
        {
            object? value = Read(mapName, key, record);
            if (value is null || (value is string text && text.Length == 0))
            {
                throw new InvalidPluginExecutionException(
                    $"{record.LogicalName} {record.Id:D} cannot be sent to Finance by map '{mapName}': its key field {key.FinanceName} ({string.Join(", ", key.Source.Columns.DefaultIfEmpty("the record id"))}) has no value.");
            }

            keyFields.Add(new KeyValuePair<string, object>(key.FinanceName, value));
        }

        // Sized for every field up front: growing it step by step would allocate it three or four times.
        var values = new Dictionary<string, object?>(fields.Count, StringComparer.Ordinal);
        foreach (FieldMap field in fields)
        {
            if (field.Direction == FieldDirection.ToFinance)
            {
                object? value = Read(mapName, field, record);
                if (value is null && !field.IsNullable)
                {
                    throw new InvalidPluginExecutionException(
                        $"{record.LogicalName} {record.Id:D} cannot be sent to Finance by map '{mapName}': Finance requires field {field.FinanceName} ({string.Join(", ", field.Source.Columns.DefaultIfEmpty("the record id"))}), which has no value.");
                }

                values[field.FinanceName] = value;
            }
        }

        return new FinanceRow(partition.Name, entitySet, new FinanceKey(keyFields), values);
    }

    private object? Read(string mapName, FieldMap field, Entity record)
    {
        try
        {
            return FinanceValue.Of(field, field.Source.Read(record, _related));
        }
        catch (InvalidOperationException e)
        {
            throw new InvalidPluginExecutionException($"Map '{mapName}' cannot fill Finance field {field.FinanceName} of {record.LogicalName} {record.Id:D}: {e.Message}", e);
        }
    }
}
