using System;
using System.Collections.Generic;
using System.Linq;
using DualWrite.Schema.Dataverse;

namespace DualWrite.Testing.Schema;

/// <summary>
/// Declares tables from the recorded real schema (Schema/Dataverse, read by <see cref="DataverseSnapshot"/>): each
/// column with its type and the platform's limits, each lookup with its targets and delete behaviour, each choice with
/// its values, each alternate key. Memo becomes String, Customer and Owner become lookups, State and Status choices.
/// </summary>
public static class RecordedTables
{
    /// <summary>Lookups whose rows are never deleted under them (users, teams): refused rather than emptied, as hand-declared tables have them.</summary>
    private static readonly HashSet<string> s_systemLookups = new(StringComparer.Ordinal)
    {
        StandardColumns.CreatedBy, StandardColumns.ModifiedBy, StandardColumns.OwnerId,
    };

    /// <summary>Adds (or replaces) every table of the snapshot, or only the named ones.</summary>
    public static void AddTo(DataverseSchema schema, DataverseSnapshot snapshot, IEnumerable<string>? tables = null)
    {
        ArgumentNullException.ThrowIfNull(schema);
        ArgumentNullException.ThrowIfNull(snapshot);
        IEnumerable<RecordedTable> chosen = tables is null ? snapshot.Tables : tables.Select(snapshot.Table);
        foreach (RecordedTable table in chosen)
        {
            schema.Add(ToTable(table));
        }
    }

    /// <summary>The table as the in-memory organization declares it.</summary>
    public static TableSchema ToTable(RecordedTable table)
    {
        ArgumentNullException.ThrowIfNull(table);
        var columns = table.Attributes.Select(ToColumn).ToList();
        var names = new HashSet<string>(columns.Select(c => c.LogicalName), StringComparer.Ordinal);

        // The primary key, statecode and statuscode exist on every table; the store stamps state and status on Create.
        if (!names.Contains(table.PrimaryIdAttribute))
        {
            columns.Insert(0, new ColumnSchema(table.PrimaryIdAttribute, ColumnType.UniqueIdentifier));
        }

        foreach (string column in new[] { StandardColumns.StateCode, StandardColumns.StatusCode }.Where(c => !names.Contains(c)))
        {
            columns.Add(new ColumnSchema(column, ColumnType.Choice));
        }

        return new TableSchema(
            table.LogicalName,
            table.PrimaryIdAttribute,
            table.PrimaryNameAttribute,
            table.IsUserOwned,
            columns,
            table.Keys.Select(k => new AlternateKey(k.LogicalName, k.KeyAttributes)));
    }

    private static ColumnSchema ToColumn(RecordedAttribute attribute)
    {
        string name = attribute.LogicalName;
        return attribute.AttributeType switch
        {
            AttributeType.Uniqueidentifier => new ColumnSchema(name, ColumnType.UniqueIdentifier),
            AttributeType.String or AttributeType.Memo => new ColumnSchema(name, ColumnType.String, limits: new ColumnLimits { MaxLength = attribute.MaxLength }),
            AttributeType.Integer => Numeric(attribute, ColumnType.Integer),
            AttributeType.BigInt => Numeric(attribute, ColumnType.BigInt),
            AttributeType.Decimal => Numeric(attribute, ColumnType.Decimal),
            AttributeType.Double => Numeric(attribute, ColumnType.Double),
            AttributeType.Money => Numeric(attribute, ColumnType.Money),
            AttributeType.Boolean => new ColumnSchema(name, ColumnType.Boolean),
            AttributeType.DateTime => new ColumnSchema(name, ColumnType.DateTime, limits: new ColumnLimits { DateTimeBehavior = attribute.DateTimeBehavior }),
            AttributeType.Picklist or AttributeType.State or AttributeType.Status => Choice(attribute, ColumnType.Choice),
            AttributeType.MultiSelectPicklist => Choice(attribute, ColumnType.Choices),
            AttributeType.Lookup or AttributeType.Customer or AttributeType.Owner => new ColumnSchema(name, ColumnType.Lookup, attribute.Targets, OnDelete(attribute)),
            _ => throw new ArgumentOutOfRangeException(nameof(attribute), attribute.AttributeType, $"Column '{name}' has a type the in-memory organization does not declare."),
        };
    }

    private static ColumnSchema Numeric(RecordedAttribute attribute, ColumnType type) =>
        new(attribute.LogicalName, type, limits: new ColumnLimits { MinValue = attribute.MinValue, MaxValue = attribute.MaxValue, Precision = attribute.Precision });

    private static ColumnSchema Choice(RecordedAttribute attribute, ColumnType type) =>
        new(attribute.LogicalName, type, limits: new ColumnLimits { AllowedValues = attribute.Options.Select(o => o.Value).ToHashSet() });

    private static CascadeDelete OnDelete(RecordedAttribute attribute) =>
        s_systemLookups.Contains(attribute.LogicalName)
            ? TableBuilder.SystemLookupOnDelete
            : attribute.CascadeDelete switch
            {
                DeleteBehavior.Cascade => CascadeDelete.Cascade,
                DeleteBehavior.Restrict => CascadeDelete.Restrict,
                _ => CascadeDelete.RemoveLink,
            };
}
