using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text.Json;

namespace DualWrite.Plugins.Finance;

/// <summary>
/// Writes a Finance row as OData JSON and reads one back, with the CLR types the maps use. A Finance enum value is
/// its member name as a string, both ways ("Stage": "InProcess"); a CLR enum is refused rather than sent as a number.
/// </summary>
internal static class FinanceJson
{
    public static byte[] Write(string entitySet, IEnumerable<KeyValuePair<string, object?>> fields)
    {
        using var buffer = new JsonBuffer();
        WriteTo(buffer, entitySet, fields);
        return buffer.ToArray();
    }

    /// <summary>Writes the row into <paramref name="buffer"/>, for a caller that reads the bytes without keeping them (a hash).</summary>
    public static void WriteTo(JsonBuffer buffer, string entitySet, IEnumerable<KeyValuePair<string, object?>> fields)
    {
        using var writer = new Utf8JsonWriter(buffer);
        writer.WriteStartObject();
        foreach (KeyValuePair<string, object?> field in fields)
        {
            writer.WritePropertyName(field.Key);
            WriteValue(writer, entitySet, field.Key, field.Value);
        }

        writer.WriteEndObject();
    }

    /// <summary>The row's properties; OData annotations (@odata.etag and the like) are left out.</summary>
    public static Dictionary<string, object?> Read(byte[] body)
    {
        using JsonDocument document = JsonDocument.Parse(body);
        var row = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (JsonProperty property in document.RootElement.EnumerateObject())
        {
            if (!property.Name.Contains("@"))
            {
                row[property.Name] = ReadValue(property.Value);
            }
        }

        return row;
    }

    private static void WriteValue(Utf8JsonWriter writer, string entitySet, string name, object? value)
    {
        switch (value)
        {
            case null: writer.WriteNullValue(); break;
            case string text: writer.WriteStringValue(text); break;
            case bool flag: writer.WriteBooleanValue(flag); break;
            case int number: writer.WriteNumberValue(number); break;
            case long number: writer.WriteNumberValue(number); break;
            case decimal number: writer.WriteNumberValue(number); break;
            case double number when !double.IsNaN(number) && !double.IsInfinity(number): writer.WriteNumberValue(number); break;
            case Guid id: writer.WriteStringValue(id.ToString("D")); break;
            case DateTimeOffset moment: writer.WriteStringValue(moment.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture)); break;
            case DateTime moment when moment.Kind == DateTimeKind.Utc: writer.WriteStringValue(moment.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture)); break;
            case Enum clr:
                throw new ArgumentException($"Field '{name}' for Finance entity set '{entitySet}' holds the CLR enum value {clr.GetType().Name}.{clr}; Finance enums travel as member names: pass the Finance member name as a string.");
            case DateTime:
                throw new ArgumentException($"Field '{name}' for Finance entity set '{entitySet}' holds a DateTime that is not UTC; Finance needs UTC times.");
            default:
                throw new ArgumentException($"Field '{name}' for Finance entity set '{entitySet}' holds a {value.GetType().FullName}, which Finance's JSON cannot carry.");
        }
    }

    private static object? ReadValue(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Null => null,
        JsonValueKind.String => value.GetString(),
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        JsonValueKind.Number => value.TryGetInt64(out long whole) ? whole : value.TryGetDecimal(out decimal number) ? number : value.GetDouble(),
        _ => value.GetRawText(),
    };
}
