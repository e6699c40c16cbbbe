using System;
using System.Text.Json;

namespace DualWrite.Plugins.Finance;

/// <summary>
/// Reads Finance's OData error JSON: {"error":{"code","message","innererror":{"message","type"}}}. Finance's own
/// words (the Infolog) are in innererror.message; error.message is often just "An error has occurred.".
/// </summary>
internal static class FinanceErrorText
{
    private const int RawTextLimit = 300;

    /// <summary>Finance's words for a failed answer: the Infolog, else the error message, else the start of the body.</summary>
    public static string Describe(FinanceHttpResponse response)
    {
        (string? message, string? inner) = Read(response);
        if (!string.IsNullOrWhiteSpace(inner))
        {
            return inner!.Trim();
        }

        if (!string.IsNullOrWhiteSpace(message))
        {
            return message!.Trim();
        }

        string raw = response.BodyText.Trim();
        return raw.Length == 0 ? "(no error text)" : raw.Length > RawTextLimit ? raw.Substring(0, RawTextLimit) + "…" : raw;
    }

    /// <summary>Whether Finance explained the failure itself: then it was a refusal, not a fault to retry.</summary>
    public static bool CarriesInfolog(FinanceHttpResponse response) => !string.IsNullOrWhiteSpace(Read(response).Inner);

    private static (string? Message, string? Inner) Read(FinanceHttpResponse response)
    {
        if (response.Body.Length == 0)
        {
            return (null, null);
        }

        try
        {
            using JsonDocument document = JsonDocument.Parse(response.Body);
            if (document.RootElement.ValueKind != JsonValueKind.Object || !document.RootElement.TryGetProperty("error", out JsonElement error) || error.ValueKind != JsonValueKind.Object)
            {
                return (null, null);
            }

            string? message = StringProperty(error, "message");
            string? inner = error.TryGetProperty("innererror", out JsonElement innerError) && innerError.ValueKind == JsonValueKind.Object ? StringProperty(innerError, "message") : null;
            return (message, inner);
        }
        catch (JsonException)
        {
            return (null, null);
        }
    }

    private static string? StringProperty(JsonElement element, string name) =>
        element.TryGetProperty(name, out JsonElement value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
