using System.Text.Json.Nodes;

namespace DualWrite.FinanceEmulator.Data;

/// <summary>
/// Error answers shaped as Finance gives them: the OData v4 error object, with Finance's own words in
/// innererror.message ("Write failed for table row of type '…'. Infolog: …" for refused writes).
/// </summary>
internal static class ODataErrors
{
    private const string GenericMessage = "An error has occurred.";
    private const string WriteException = "Microsoft.Dynamics.Platform.Integration.Services.OData.AxODataWriteException";
    private const string ODataException = "Microsoft.OData.ODataException";

    /// <summary>400: the request does not fit the entity (unknown property, wrong type, bad key).</summary>
    public static OperationResult BadRequest(string message) => new(400, Error(GenericMessage, message, ODataException));

    /// <summary>500 with an Infolog: Finance's business logic refused the write.</summary>
    public static OperationResult WriteFailed(string entityTypeName, string infolog) =>
        new(500, Error(GenericMessage, $"Write failed for table row of type '{entityTypeName}'. Infolog: {infolog}", WriteException));

    public static OperationResult NotFound(string segment) => NotFoundMessage($"Resource not found for the segment '{segment}'.");

    /// <summary>404 with OData's own words ("Resource not found for the segment 'X'."), as Finance answers an unknown entity set.</summary>
    public static OperationResult NotFoundMessage(string message) => new(404, Error(message, null, null));

    /// <summary>A fault with no Finance explanation (an injected 500 or 503).</summary>
    public static JsonNode Plain(string message) => Error(message, null, null);

    private static JsonObject Error(string message, string? innerMessage, string? innerType)
    {
        var error = new JsonObject { ["code"] = "", ["message"] = message };
        if (innerMessage is not null)
        {
            error["innererror"] = new JsonObject { ["message"] = innerMessage, ["type"] = innerType, ["stacktrace"] = "" };
        }

        return new JsonObject { ["error"] = error };
    }
}
