using System;
using DualWrite.Testing.Faults;
using DualWrite.Testing.Schema;
using DualWrite.Testing.Store;
using Microsoft.Xrm.Sdk;

namespace DualWrite.Testing.Messages;

/// <summary>Finds the row a request names: by id, by the primary key column, or by alternate key.</summary>
internal static class RecordLocator
{
    /// <summary>The id of the row, or null when it is given by alternate key and no row has those values.</summary>
    public static Guid? Find(RecordStore store, TableSchema table, Guid id, KeyAttributeCollection keys)
    {
        if (id != Guid.Empty)
        {
            return id;
        }

        if (keys.Count == 0)
        {
            throw DataverseFault.InvalidArgument($"The request names a {table.LogicalName} by neither id nor alternate key.");
        }

        // The primary key given as a key attribute is an id.
        if (keys.Count == 1 && keys.TryGetValue(table.PrimaryIdAttribute, out object? primary) && primary is Guid primaryId)
        {
            return primaryId;
        }

        return store.Table(table.LogicalName).FindByKey(table.KeyFor(keys), keys.ToReadOnlyDictionary());
    }

    /// <summary>The id of an existing row, or the platform's fault.</summary>
    public static Guid Require(RecordStore store, TableSchema table, Guid id, KeyAttributeCollection keys)
    {
        Guid found = Find(store, table, id, keys) ?? throw DataverseFault.NoRowWithKey(table.LogicalName, keys);
        return store.Find(table.LogicalName, found) is null ? throw DataverseFault.DoesNotExist(table.LogicalName, found) : found;
    }

    /// <summary>The id a record to write carries: Entity.Id or its primary key column, which must agree.</summary>
    public static Guid IdOf(TableSchema table, Entity record)
    {
        Guid column = record.Attributes.TryGetValue(table.PrimaryIdAttribute, out object? value) && value is Guid g ? g : Guid.Empty;
        if (record.Id != Guid.Empty && column != Guid.Empty && record.Id != column)
        {
            throw DataverseFault.InvalidArgument($"Entity Id must be the same as the value set in property bag: the {table.LogicalName} says {record.Id:D} and its {table.PrimaryIdAttribute} says {column:D}.");
        }

        return record.Id != Guid.Empty ? record.Id : column;
    }
}
