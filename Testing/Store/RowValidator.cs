using System;
using System.Collections.Generic;
using DualWrite.Testing.Faults;
using DualWrite.Testing.Schema;
using Microsoft.Xrm.Sdk;

namespace DualWrite.Testing.Store;

/// <summary>
/// Checks a record about to be written against the schema, as Dataverse does: every column must exist and hold a
/// value of its type within the column's limits (length, range, choice values, no date before 1753), and every lookup
/// must point at an existing row of one of its target tables (a lookup given by alternate key is resolved to that
/// row's id). Decimals and currency are rounded to the column's precision, as the platform stores them.
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
        List<KeyValuePair<string, object>>? rounded = null;
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

            CheckLimits(table, column, attribute.Value);
            if (Rounded(column, attribute.Value) is { } value)
            {
                (rounded ??= []).Add(new(attribute.Key, value));
            }

            if (attribute.Value is EntityReference reference)
            {
                Resolve(table, column, reference);
            }
        }

        foreach (KeyValuePair<string, object> value in rounded ?? [])
        {
            record.Attributes[value.Key] = value.Value;
        }
    }

    /// <summary>Refuses a value the column's metadata does not allow, with the platform's fault for each kind.</summary>
    private static void CheckLimits(TableSchema table, ColumnSchema column, object value)
    {
        ColumnLimits limits = column.Limits;
        switch (value)
        {
            case string text when limits.MaxLength is int maxLength && text.Length > maxLength:
                throw DataverseFault.StringTooLong(table.LogicalName, column.LogicalName, maxLength);
            case DateTime date when date < DataverseFault.MinimumDateTime:
                // Every DateTime column, declared with limits or not: the platform has no earlier date.
                throw DataverseFault.DateTimeBelowMinimum(table.LogicalName, column.LogicalName, date);
            case OptionSetValue option when limits.AllowedValues is { } allowed && !allowed.Contains(option.Value):
                throw DataverseFault.ChoiceOutOfRange(table.LogicalName, column.LogicalName, option.Value, allowed);
            case OptionSetValueCollection options when limits.AllowedValues is { } allowed:
                foreach (OptionSetValue option in options)
                {
                    if (option is null || !allowed.Contains(option.Value))
                    {
                        throw DataverseFault.ChoiceOutOfRange(table.LogicalName, column.LogicalName, option?.Value ?? 0, allowed);
                    }
                }

                break;
        }

        if ((limits.MinValue is not null || limits.MaxValue is not null) && NumberOf(value) is decimal number
            && (number < limits.MinValue || number > limits.MaxValue))
        {
            throw DataverseFault.NumberOutOfRange(table.LogicalName, column.LogicalName, value, limits.MinValue ?? decimal.MinValue, limits.MaxValue ?? decimal.MaxValue);
        }
    }

    /// <summary>
    /// A decimal or currency value with more digits after the point than the column keeps, rounded as stored; null
    /// when nothing changes. The platform does not refuse such a value; the midpoint rule is the database's (away from zero).
    /// </summary>
    private static object? Rounded(ColumnSchema column, object value)
    {
        if (column.Limits.Precision is not int precision)
        {
            return null;
        }

        return value switch
        {
            decimal number when decimal.Round(number, precision, MidpointRounding.AwayFromZero) != number => decimal.Round(number, precision, MidpointRounding.AwayFromZero),
            Money money when decimal.Round(money.Value, precision, MidpointRounding.AwayFromZero) != money.Value => new Money(decimal.Round(money.Value, precision, MidpointRounding.AwayFromZero)),
            _ => null,
        };
    }

    /// <summary>The value as a decimal for a range check; a double too large for decimal is compared at the decimal's ends.</summary>
    private static decimal? NumberOf(object value) => value switch
    {
        int number => number,
        long number => number,
        decimal number => number,
        Money money => money.Value,
        double number when double.IsNaN(number) => null,
        double number when number >= (double)decimal.MaxValue => decimal.MaxValue,
        double number when number <= (double)decimal.MinValue => decimal.MinValue,
        double number => (decimal)number,
        _ => null,
    };

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
