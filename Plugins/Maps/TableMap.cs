using System;
using System.Collections.Generic;
using System.Linq;

namespace DualWrite.Plugins.Maps;

/// <summary>
/// A declarative table map, one per Finance entity: which Dataverse table feeds which Finance entity set, the
/// companies a record goes to, the key and the fields with their transforms, the records it sends, the parents
/// that must reach Finance first, and whether deletes follow. The plug-in steps' filtering attributes and images
/// and the Finance entity's definition are derived from it.
/// </summary>
public sealed class TableMap
{
    public TableMap(
        string name,
        string sourceTable,
        string entitySet,
        string entityType,
        CompanyRule company,
        IReadOnlyList<FieldMap> keys,
        IReadOnlyList<FieldMap> fields,
        RecordFilter? filter = null,
        IReadOnlyList<ParentDependency>? parents = null,
        bool syncsDeletes = false,
        string? financeEntity = null)
    {
        FinanceEntity = financeEntity;
        Name = name;
        SourceTable = sourceTable;
        EntitySet = entitySet;
        EntityType = entityType;
        Company = company;
        Keys = keys;
        Fields = fields;
        Filter = filter;
        Parents = parents ?? [];
        SyncsDeletes = syncsDeletes;
        Validate();
    }

    /// <summary>The map's name, as configuration (dw_SyncModes, dw_EntitySetOverrides) and the sync state know it.</summary>
    public string Name { get; }

    /// <summary>The Dataverse table's logical name.</summary>
    public string SourceTable { get; }

    /// <summary>The Finance entity set by default; configuration may override it per environment.</summary>
    public string EntitySet { get; }

    public string EntityType { get; }

    /// <summary>The Finance data entity's AOT name (/Metadata/DataEntities Name), by which its entity set is found in an environment.</summary>
    public string? FinanceEntity { get; }

    public CompanyRule Company { get; }

    /// <summary>The entity's own key fields, after the company's (dataAreaId).</summary>
    public IReadOnlyList<FieldMap> Keys { get; }

    public IReadOnlyList<FieldMap> Fields { get; }

    public RecordFilter? Filter { get; }

    public IReadOnlyList<ParentDependency> Parents { get; }

    public bool SyncsDeletes { get; }

    /// <summary>The fields sent to Finance (not the key).</summary>
    public IEnumerable<FieldMap> OutboundFields => Fields.Where(f => f.Direction == FieldDirection.ToFinance);

    /// <summary>
    /// The columns whose change must reach Finance: every column a key, an outbound field, the company or the filter
    /// reads. These are the Update step's filtering attributes; write-back columns are not among them.
    /// </summary>
    public IReadOnlyList<string> TriggerColumns =>
        Keys.Concat(OutboundFields).SelectMany(f => f.Source.Columns).Concat(Company.Columns).Concat(Filter?.Columns ?? []).Distinct(StringComparer.Ordinal).ToArray();

    /// <summary>Every column of the record the map reads: the trigger columns and the parents' lookups (the step images).</summary>
    public IReadOnlyList<string> ImageColumns => TriggerColumns.Concat(Parents.SelectMany(p => p.TableColumn is null ? [p.Lookup] : new[] { p.Lookup, p.TableColumn })).Distinct(StringComparer.Ordinal).ToArray();

    public bool Accepts(Microsoft.Xrm.Sdk.Entity record) => Filter?.Accepts(record) ?? true;

    public override string ToString() => Name;

    private void Validate()
    {
        if (Keys.Count == 0 || Keys.Any(k => k.IsNullable))
        {
            throw new ArgumentException($"Table map '{Name}' needs key fields, none of them nullable.");
        }

        string[] names = Company.KeyProperties.Select(p => p.Name).Concat(Keys.Concat(Fields).Select(f => f.FinanceName)).ToArray();
        string? twice = names.GroupBy(n => n, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1)?.Key;
        if (twice is not null)
        {
            throw new ArgumentException($"Table map '{Name}' maps Finance field '{twice}' twice.");
        }
    }
}
