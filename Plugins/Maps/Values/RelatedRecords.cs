using System;
using System.Collections.Generic;
using System.Linq;
using DualWrite.Common.Queries;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace DualWrite.Plugins.Maps.Values;

/// <summary>
/// Reads the records a map's lookups point to, each (table, id, columns) once per execution: a project, its
/// contract and its company are read once however many fields need them.
/// </summary>
public sealed class RelatedRecords
{
    private readonly IOrganizationService _service;
    private readonly Dictionary<RelatedRecordKey, Entity> _read = new();

    public RelatedRecords(IOrganizationService service)
    {
        _service = service ?? throw new ArgumentNullException(nameof(service));
    }

    public Entity Read(EntityReference reference, IReadOnlyList<string> columns) => Read(reference.LogicalName!, reference.Id, columns);

    /// <summary>The record by table and id: a lookup's id read as another table needs no reference built for it.</summary>
    public Entity Read(string table, Guid id, IReadOnlyList<string> columns)
    {
        // The maps ask with fixed column lists, so the same columns come in the same order: no need to sort them for the key.
        var cacheKey = new RelatedRecordKey(table, id, columns);
        if (!_read.TryGetValue(cacheKey, out Entity? record))
        {
            record = _service.Retrieve(table, id, new ColumnSet(columns.ToArray()));
            _read.Add(cacheKey, record);
        }

        return record;
    }

    /// <summary>Every row of <paramref name="table"/>, oldest first.</summary>
    public IReadOnlyList<Entity> Rows(string table, IReadOnlyList<string> columns)
    {
        var query = new QueryExpression(table) { ColumnSet = new ColumnSet(columns.ToArray()) };
        query.AddOrder("createdon", OrderType.Ascending);
        query.AddOrder(table + "id", OrderType.Ascending);
        return PagedQuery.Pages(_service, query, PagedQuery.MaximumPageSize).SelectMany(page => page).ToList();
    }
}
