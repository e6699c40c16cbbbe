using System.Collections.Generic;
using System.Text.Json.Nodes;

namespace DualWrite.FinanceEmulator.Data;

/// <summary>The answer to one OData operation, written alone or as a part of a $batch response.</summary>
internal sealed class OperationResult
{
    public OperationResult(int statusCode, JsonNode? body = null, IReadOnlyDictionary<string, string>? headers = null)
    {
        StatusCode = statusCode;
        Body = body;
        Headers = headers ?? new Dictionary<string, string>();
    }

    public int StatusCode { get; }

    public JsonNode? Body { get; }

    public IReadOnlyDictionary<string, string> Headers { get; }

    public bool IsSuccess => StatusCode is >= 200 and < 300;

    public string ContentType => "application/json; odata.metadata=minimal";
}
