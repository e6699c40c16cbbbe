using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using DualWrite.Testing.Faults;

namespace DualWrite.Testing.Schema;

/// <summary>
/// The tables and relationships the in-memory organization knows. An unknown table is an error, as it is in
/// Dataverse; tests and seeds declare theirs with <see cref="Define"/> (the system tables are built in).
/// </summary>
public sealed class DataverseSchema
{
    private readonly ConcurrentDictionary<string, TableSchema> _tables = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, ManyToManyRelationship> _manyToMany = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, OneToManyRelationship> _oneToMany = new(StringComparer.Ordinal);

    public IEnumerable<TableSchema> Tables => _tables.Values;

    public IEnumerable<ManyToManyRelationship> ManyToManyRelationships => _manyToMany.Values;

    /// <summary>Adds (or replaces) a table.</summary>
    public TableSchema Add(TableSchema table)
    {
        ArgumentNullException.ThrowIfNull(table);
        _tables[table.LogicalName] = table;
        return table;
    }

    /// <summary>Declares a table: <c>schema.Define("account", t => t.PrimaryName("name").String("accountnumber"))</c>.</summary>
    public TableSchema Define(string logicalName, Action<TableBuilder> columns)
    {
        var builder = new TableBuilder(logicalName);
        columns(builder);
        return Add(builder.Build());
    }

    public bool Contains(string logicalName) => _tables.ContainsKey(logicalName);

    public bool TryGetTable(string logicalName, out TableSchema table) => _tables.TryGetValue(logicalName, out table!);

    /// <summary>The table, or the platform's fault for an unknown table.</summary>
    public TableSchema Table(string? logicalName)
    {
        if (string.IsNullOrEmpty(logicalName))
        {
            throw DataverseFault.InvalidArgument("A request names no table (the entity logical name is empty).");
        }

        return _tables.TryGetValue(logicalName, out TableSchema? table) ? table : throw DataverseFault.NoSuchTable(logicalName);
    }

    /// <summary>Declares an N:N relationship and its intersect table.</summary>
    public ManyToManyRelationship AddManyToMany(ManyToManyRelationship relationship)
    {
        ArgumentNullException.ThrowIfNull(relationship);
        Table(relationship.Entity1);
        Table(relationship.Entity2);
        // A deleted record's intersect rows are removed by the Delete itself (no Delete steps run for them), not by a cascade.
        Add(new TableBuilder(relationship.IntersectEntity)
            .OrganizationOwned()
            .Lookup(relationship.Entity1Attribute, CascadeDelete.NoCascade, relationship.Entity1)
            .Lookup(relationship.Entity2Attribute, CascadeDelete.NoCascade, relationship.Entity2)
            .Build());
        _manyToMany[relationship.SchemaName] = relationship;
        return relationship;
    }

    /// <summary>Declares a 1:N relationship over an existing lookup column.</summary>
    public OneToManyRelationship AddOneToMany(OneToManyRelationship relationship)
    {
        ArgumentNullException.ThrowIfNull(relationship);
        Table(relationship.ReferencedEntity);
        Table(relationship.ReferencingEntity).Column(relationship.ReferencingAttribute);
        _oneToMany[relationship.SchemaName] = relationship;
        return relationship;
    }

    public bool TryGetManyToMany(string schemaName, out ManyToManyRelationship relationship) => _manyToMany.TryGetValue(schemaName, out relationship!);

    public bool TryGetOneToMany(string schemaName, out OneToManyRelationship relationship) => _oneToMany.TryGetValue(schemaName, out relationship!);
}
