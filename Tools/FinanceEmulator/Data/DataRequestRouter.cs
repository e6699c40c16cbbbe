using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Nodes;
using Microsoft.OData;
using Microsoft.OData.Edm;
using Microsoft.OData.UriParser;

namespace DualWrite.FinanceEmulator.Data;

/// <summary>
/// Turns one OData request (method, the URL part after /data/, body) into an entity operation inside a
/// transaction. The URL and its key are parsed by ODataUriParser against the served model, the body by
/// ODataMessageReader (EntityBodyReader). The same routing serves plain requests and the operations inside a $batch.
/// </summary>
internal sealed class DataRequestRouter
{
    private readonly IEdmModel _model;
    private readonly Uri _dataRoot;
    private readonly EntityStore _store;
    private readonly EntityOperations _operations;
    private readonly EntityBodyReader _bodies;

    public DataRequestRouter(IEdmModel model, Uri dataRoot, EntityStore store, EntityOperations operations)
    {
        _model = model;
        _dataRoot = dataRoot;
        _store = store;
        _operations = operations;
        _bodies = new EntityBodyReader(model, dataRoot);
    }

    /// <summary>The entity set a path below /data/ addresses, or null.</summary>
    public static string EntitySetOf(string relative)
    {
        int end = relative.IndexOfAny(['(', '?', '/']);
        return Uri.UnescapeDataString(end < 0 ? relative : relative[..end]);
    }

    public OperationResult Execute(StoreTransaction transaction, string method, string relative, string body)
    {
        int queryStart = relative.IndexOf('?');
        string path = queryStart < 0 ? relative : relative[..queryStart];
        Dictionary<string, string> query = Query(queryStart < 0 ? "" : relative[(queryStart + 1)..]);
        (ServedEntitySet? set, JsonObject? key, OperationResult? error) = ParsePath(path);
        if (error is not null)
        {
            return error;
        }

        bool crossCompany = query.TryGetValue("cross-company", out string? flag) && flag.Equals("true", StringComparison.OrdinalIgnoreCase);
        string verb = method.ToUpperInvariant();
        JsonObject? fields = null;
        if (verb is "POST" or "PATCH" or "PUT" or "MERGE" && (verb != "POST" || key is null))
        {
            if (string.IsNullOrWhiteSpace(body))
            {
                return ODataErrors.BadRequest("The request body must be a JSON object.");
            }

            (fields, OperationResult? invalid) = _bodies.Read(set!, verb == "MERGE" ? "PATCH" : verb, body);
            if (invalid is not null)
            {
                return invalid;
            }
        }

        return (verb, key) switch
        {
            ("GET", null) => _operations.Query(transaction, _model, set!, crossCompany, query.GetValueOrDefault("$filter")),
            ("GET", JsonObject k) => _operations.Read(transaction, set!, k, crossCompany),
            ("POST", null) => _operations.Create(transaction, set!, fields!),
            ("PATCH" or "PUT" or "MERGE", JsonObject k) => _operations.Update(transaction, set!, k, crossCompany, fields!),
            ("DELETE", JsonObject k) => _operations.Delete(transaction, set!, k, crossCompany),
            _ => new OperationResult(405, ODataErrors.Plain($"The HTTP method '{method}' is not supported on '{path}'.")),
        };
    }

    /// <summary>The entity set and (when given) the key, parsed by ODataUriParser; Finance's 404 for an unknown segment, 400 for a bad key.</summary>
    private (ServedEntitySet? Set, JsonObject? Key, OperationResult? Error) ParsePath(string path)
    {
        ODataPath odataPath;
        try
        {
            var parser = new ODataUriParser(_model, _dataRoot, new Uri(_dataRoot, path)) { Resolver = new ODataUriResolver { EnableCaseInsensitive = false } };
            odataPath = parser.ParsePath();
        }
        catch (ODataUnrecognizedPathException e)
        {
            return (null, null, ODataErrors.NotFoundMessage(e.Message));
        }
        catch (ODataException e)
        {
            // OData.Core's words say the key is wrong, not how; the key's fields are added so the answer names them.
            return (null, null, ODataErrors.BadRequest(_store.EntitySets.TryGetValue(EntitySetOf(path), out ServedEntitySet? keyed)
                ? $"{e.Message} The key of '{keyed.EntitySetName}' is ({string.Join(", ", keyed.KeyPropertyNames.Select(k => k + " " + keyed.FindProperty(k)!.Type.FullName()))})."
                : e.Message));
        }

        ODataPathSegment[] segments = odataPath.ToArray();
        if (segments.Length is 0 or > 2 || segments[0] is not EntitySetSegment entitySet || (segments.Length == 2 && segments[1] is not KeySegment))
        {
            return (null, null, ODataErrors.BadRequest($"The emulator answers an entity set or one entity of it by key, not '{path}'."));
        }

        ServedEntitySet set = _store.EntitySets[entitySet.EntitySet.Name];
        if (segments.Length == 1)
        {
            return (set, null, null);
        }

        var key = new JsonObject();
        foreach ((string name, object value) in ((KeySegment)segments[1]).Keys)
        {
            IEdmStructuralProperty property = set.FindProperty(name)!;
            JsonNode? json = EdmValues.ToJson(property, value);
            if (json is null)
            {
                return (null, null, ODataErrors.BadRequest($"The key value for '{name}' is not a value of its type '{property.Type.FullName()}'{(property.Type.IsEnum() ? " (" + EnumValues.Members((IEdmEnumType)property.Type.Definition) + ")" : "")}."));
            }

            key[name] = json;
        }

        return (set, key, null);
    }

    private static Dictionary<string, string> Query(string text)
    {
        var values = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (string pair in text.Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            int equals = pair.IndexOf('=');
            string name = Uri.UnescapeDataString((equals < 0 ? pair : pair[..equals]).Replace('+', ' '));
            values[name] = equals < 0 ? "" : Uri.UnescapeDataString(pair[(equals + 1)..].Replace('+', ' '));
        }

        return values;
    }
}
