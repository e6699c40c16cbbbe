using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Nodes;
using Microsoft.OData.Edm;

namespace DualWrite.FinanceEmulator.Data;

/// <summary>
/// Create, read, update, delete and query on one entity set inside a transaction, on bodies EntityBodyReader has
/// already held to the entity type (OData.Core's 400s). What Finance's business logic adds is here: a missing key field or a duplicate create is a write failure (500
/// with an Infolog), a missing row is 404. Rows of a company other than the default are reached by key only with
/// cross-company=true.
/// </summary>
internal sealed class EntityOperations
{
    private readonly string _defaultCompany;
    private readonly Uri _dataRoot;

    public EntityOperations(string defaultCompany, Uri dataRoot)
    {
        _defaultCompany = defaultCompany;
        _dataRoot = dataRoot;
    }

    /// <summary>Creates a row from fields EntityBodyReader has read against the entity type.</summary>
    public OperationResult Create(StoreTransaction transaction, ServedEntitySet definition, JsonObject fields)
    {
        fields = (JsonObject)fields.DeepClone();
        if (definition.IsPerCompany && (fields[ServedEntitySet.CompanyKey] is null))
        {
            fields[ServedEntitySet.CompanyKey] = _defaultCompany; // Finance writes to the caller's company
        }

        string? missing = definition.KeyPropertyNames.FirstOrDefault(k => fields[k] is null || (fields[k] is JsonValue v && v.TryGetValue(out string? s) && s.Length == 0));
        if (missing is not null)
        {
            return ODataErrors.WriteFailed(definition.EntityTypeName, $"Error: Field '{missing}' must be filled in.");
        }

        string rowKey = RowKey.Of(definition, fields);
        if (transaction.Find(definition.EntitySetName, rowKey) is not null)
        {
            return ODataErrors.WriteFailed(definition.EntityTypeName, $"Error: Cannot create a record in {definition.EntityTypeName} ({KeyText(definition, fields)}). The record already exists.");
        }

        var row = new JsonObject();
        foreach (IEdmStructuralProperty property in definition.Properties)
        {
            row[property.Name] = fields.ContainsKey(property.Name) ? fields[property.Name]?.DeepClone() : EdmValues.Default(property);
        }

        transaction.Put(definition.EntitySetName, rowKey, row);
        return new OperationResult(201, WithContext(definition, row), new Dictionary<string, string> { ["Location"] = _dataRoot + definition.EntitySetName + "(" + KeyText(definition, row, escape: true) + ")" });
    }

    public OperationResult Read(StoreTransaction transaction, ServedEntitySet definition, JsonObject key, bool crossCompany) =>
        Visible(transaction, definition, key, crossCompany) is JsonObject row ? new OperationResult(200, WithContext(definition, row)) : ODataErrors.NotFound(definition.EntitySetName);

    /// <summary>Updates a row with fields EntityBodyReader has read against the entity type.</summary>
    public OperationResult Update(StoreTransaction transaction, ServedEntitySet definition, JsonObject key, bool crossCompany, JsonObject fields)
    {
        if (Visible(transaction, definition, key, crossCompany) is not JsonObject existing)
        {
            return ODataErrors.NotFound(definition.EntitySetName);
        }

        foreach (string name in definition.KeyPropertyNames.Where(fields.ContainsKey))
        {
            if (RowKey.Normalize(fields[name]) != RowKey.Normalize(existing[name]))
            {
                return ODataErrors.BadRequest($"The key property '{name}' cannot be changed by an update.");
            }
        }

        var row = (JsonObject)existing.DeepClone();
        foreach ((string name, JsonNode? value) in fields)
        {
            row[name] = value?.DeepClone();
        }

        transaction.Put(definition.EntitySetName, RowKey.Of(definition, existing), row);
        return new OperationResult(204);
    }

    public OperationResult Delete(StoreTransaction transaction, ServedEntitySet definition, JsonObject key, bool crossCompany)
    {
        if (Visible(transaction, definition, key, crossCompany) is not JsonObject existing)
        {
            return ODataErrors.NotFound(definition.EntitySetName);
        }

        transaction.Remove(definition.EntitySetName, RowKey.Of(definition, existing));
        return new OperationResult(204);
    }

    /// <summary>The rows of the caller's company, or of every company with cross-company=true, filtered by "Field eq value" and "Field ne value" terms.</summary>
    public OperationResult Query(StoreTransaction transaction, IEdmModel model, ServedEntitySet definition, bool crossCompany, string? filter)
    {
        (IReadOnlyList<FilterTerm>? terms, string? error) = EqualityFilter.Parse(model, definition, filter);
        if (terms is null)
        {
            return ODataErrors.BadRequest(error!);
        }

        IEnumerable<JsonObject> rows = transaction.All(definition.EntitySetName)
            .Where(r => crossCompany || !definition.IsPerCompany || InDefaultCompany(r))
            .Where(r => terms.All(t => t.Matches(r)));
        return new OperationResult(200, new JsonObject
        {
            ["@odata.context"] = _dataRoot + "$metadata#" + definition.EntitySetName,
            ["value"] = new JsonArray(rows.Select(r => (JsonNode)r.DeepClone()).ToArray()),
        });
    }

    private JsonObject? Visible(StoreTransaction transaction, ServedEntitySet definition, JsonObject key, bool crossCompany)
    {
        JsonObject? row = transaction.Find(definition.EntitySetName, RowKey.Of(definition, key));
        return row is null || (definition.IsPerCompany && !crossCompany && !InDefaultCompany(row)) ? null : row;
    }

    private bool InDefaultCompany(JsonObject row) => RowKey.Normalize(row[ServedEntitySet.CompanyKey]) == RowKey.Normalize(_defaultCompany);

    private JsonObject WithContext(ServedEntitySet definition, JsonObject row)
    {
        var body = new JsonObject { ["@odata.context"] = _dataRoot + "$metadata#" + definition.EntitySetName + "/$entity" };
        foreach ((string name, JsonNode? value) in row)
        {
            body[name] = value?.DeepClone();
        }

        return body;
    }

    /// <summary>The key as a URL writes it (escaped, for a header) or as a message shows it.</summary>
    private static string KeyText(ServedEntitySet definition, JsonObject row, bool escape = false) =>
        string.Join(",", definition.KeyPropertyNames.Select(k => $"{k}={(row[k] is JsonValue v && v.TryGetValue(out string? s) ? "'" + (escape ? Uri.EscapeDataString(s.Replace("'", "''")) : s.Replace("'", "''")) + "'" : row[k]?.ToJsonString())}"));
}
