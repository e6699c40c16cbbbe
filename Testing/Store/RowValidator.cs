using System;
using System.Collections.Generic;
using DualWrite.Testing.Faults;
using DualWrite.Testing.Schema;
using Microsoft.Xrm.Sdk;

namespace DualWrite.Testing.Store;

/// <summary>
/// Checks a record about to be written against the schema, as Dataverse does: every column must exist and hold a
/// value of its type, and every lookup must point at an existing row of one of its target tables (a lookup given by
/// alternate key is resolved to that row's id).
/// </summary>
internal sealed class RowValidator
{
    private readonly DataverseSchema _schema;
    private readonly RecordStore _store;

    public RowValidator(DataverseSchema schema, RecordStore store)
    {
        _schema = schema;
        _store = store;
    }

    public void Validate(TableSchema table, Entity record)
    {
        foreach (KeyValuePair<string, object?> attribute in record.Attributes)
        {
            ColumnSchema column = table.Column(attribute.Key);
            if (attribute.Value is null)
            {
                continue;
            }

            if (!Accepts(column.Type, attribute.Value))
            {
                throw DataverseFault.InvalidArgument(
                    $"Incorrect attribute value type {attribute.Value.GetType().FullName} for column '{column.LogicalName}' of {table.LogicalName} {record.Id:D}: a {column.Type} column takes {ExpectedType(column.Type)}.");
            }

            if (attribute.Value is EntityReference reference)
            {
                Resolve(table, column, reference);
            }
        }
    }

    /// <summary>Checks the target table and fills in the id of a reference given by alternate key; a reference to no row is refused.</summary>
    public void Resolve(TableSchema table, ColumnSchema column, EntityReference reference)
    {
        if (string.IsNullOrEmpty(reference.LogicalName) || !column.MayReference(reference.LogicalName))
        {
            throw DataverseFault.InvalidArgument(
                $"Column '{column.LogicalName}' of {table.LogicalName} cannot point at a {reference.LogicalName ?? "(no table)"}; it takes {string.Join(" or ", column.LookupTargets)}.");
        }

        TableSchema target = _schema.Table(reference.LogicalName);
        if (reference.Id == Guid.Empty && reference.KeyAttributes.Count > 0)
        {
            AlternateKey key = target.KeyFor(reference.KeyAttributes);
            reference.Id = _store.Table(target.LogicalName).FindByKey(key, reference.KeyAttributes.ToReadOnlyDictionary())
                ?? throw DataverseFault.NoRowWithKey(target.LogicalName, reference.KeyAttributes);
            return;
        }

        if (_store.Find(target.LogicalName, reference.Id) is null)
        {
            throw DataverseFault.DoesNotExist(target.LogicalName, reference.Id);
        }
    }

    private static bool Accepts(ColumnType type, object value) => type switch
    {
        ColumnType.UniqueIdentifier => value is Guid,
        ColumnType.String => value is string,
        ColumnType.Integer => value is int,
        ColumnType.BigInt => value is long,
        ColumnType.Decimal => value is decimal,
        ColumnType.Double => value is double,
        ColumnType.Money => value is Money,
        ColumnType.Boolean => value is bool,
        ColumnType.DateTime => value is DateTime,
        ColumnType.Choice => value is OptionSetValue,
        ColumnType.Choices => value is OptionSetValueCollection,
        ColumnType.Lookup => value is EntityReference,
        _ => false,
    };

    private static string ExpectedType(ColumnType type) => type switch
    {
        ColumnType.UniqueIdentifier => "System.Guid",
        ColumnType.String => "System.String",
        ColumnType.Integer => "System.Int32",
        ColumnType.BigInt => "System.Int64",
        ColumnType.Decimal => "System.Decimal",
        ColumnType.Double => "System.Double",
        ColumnType.Money => "Microsoft.Xrm.Sdk.Money",
        ColumnType.Boolean => "System.Boolean",
        ColumnType.DateTime => "System.DateTime",
        ColumnType.Choice => "Microsoft.Xrm.Sdk.OptionSetValue",
        ColumnType.Choices => "Microsoft.Xrm.Sdk.OptionSetValueCollection",
        _ => "Microsoft.Xrm.Sdk.EntityReference",
    };
}
