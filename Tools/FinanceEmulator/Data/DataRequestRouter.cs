using System;
using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Nodes;
using DualWrite.Plugins.Finance;

namespace DualWrite.FinanceEmulator.Data;

/// <summary>
/// Turns one OData request (method, the URL part after /data/, body) into an entity operation inside a
/// transaction. The same routing serves plain requests and the operations inside a $batch.
/// </summary>
internal sealed class DataRequestRouter
{
    private readonly EntityStore _store;
    private readonly EntityOperations _operations;

    public DataRequestRouter(EntityStore store, EntityOperations operations)
    {
        _store = store;
        _operations = operations;
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
        string set = EntitySetOf(path);
        if (!_store.Definitions.TryGetValue(set, out FinanceEntityDefinition? definition))
        {
            return ODataErrors.NotFound(set);
        }

        bool crossCompany = query.TryGetValue("cross-company", out string? flag) && flag.Equals("true", StringComparison.OrdinalIgnoreCase);
        int open = path.IndexOf('(');
        JsonObject? key = null;
        if (open >= 0)
        {
            if (!path.EndsWith(')'))
            {
                return ODataErrors.BadRequest($"The request URI '{path}' is not valid: the key is not closed.");
            }

            (key, OperationResult? keyError) = KeySegment.Parse(definition, path[(open + 1)..^1]);
            if (keyError is not null)
            {
                return keyError;
            }
        }

        JsonNode? json;
        try
        {
            json = string.IsNullOrWhiteSpace(body) ? null : JsonNode.Parse(body);
        }
        catch (JsonException e)
        {
            return ODataErrors.BadRequest($"The request body is not valid JSON: {e.Message}");
        }

        return (method.ToUpperInvariant(), key) switch
        {
            ("GET", null) => _operations.Query(transaction, definition, crossCompany, query.GetValueOrDefault("$filter")),
            ("GET", JsonObject k) => _operations.Read(transaction, definition, k, crossCompany),
            ("POST", null) => _operations.Create(transaction, definition, json),
            ("PATCH" or "PUT" or "MERGE", JsonObject k) => _operations.Update(transaction, definition, k, crossCompany, json),
            ("DELETE", JsonObject k) => _operations.Delete(transaction, definition, k, crossCompany),
            _ => new OperationResult(405, ODataErrors.Plain($"The HTTP method '{method}' is not supported on '{path}'.")),
        };
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
