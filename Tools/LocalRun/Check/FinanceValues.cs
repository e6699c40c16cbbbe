using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace DualWrite.LocalRun.Check;

/// <summary>
/// Map values as Finance's JSON carries them (text, numbers, booleans, ids, UTC times), and how the check compares
/// them: numbers by value (1.50 is 1.5), times by instant, key text without regard to case as Finance's collation
/// does, anything else by its JSON text; a missing field is null.
/// </summary>
public static class FinanceValues
{
    public static JsonNode? ToJson(object? value) => value switch
    {
        null => null,
        string text => JsonValue.Create(text),
        bool flag => JsonValue.Create(flag),
        int number => JsonValue.Create(number),
        long number => JsonValue.Create(number),
        decimal number => JsonValue.Create(number),
        double number => JsonValue.Create(number),
        Guid id => JsonValue.Create(id.ToString("D")),
        DateTimeOffset moment => JsonValue.Create(Utc(moment.UtcDateTime)),
        DateTime moment => JsonValue.Create(Utc(moment.Kind == DateTimeKind.Utc ? moment : moment.ToUniversalTime())),
        _ => throw new ArgumentException($"A map produced a {value.GetType().FullName}, which Finance's JSON cannot carry."),
    };

    public static bool Same(JsonNode? expected, JsonNode? actual)
    {
        if (expected is null || actual is null)
        {
            return expected is null && actual is null;
        }

        JsonValueKind kind = expected.GetValueKind();
        if (kind != actual.GetValueKind())
        {
            return false;
        }

        if (kind == JsonValueKind.Number)
        {
            return decimal.TryParse(expected.ToJsonString(), NumberStyles.Float, CultureInfo.InvariantCulture, out decimal left)
                && decimal.TryParse(actual.ToJsonString(), NumberStyles.Float, CultureInfo.InvariantCulture, out decimal right)
                ? left == right
                : expected.ToJsonString() == actual.ToJsonString();
        }

        if (kind == JsonValueKind.String && Instant(expected) is { } leftMoment && Instant(actual) is { } rightMoment)
        {
            return leftMoment == rightMoment;
        }

        return expected.ToJsonString() == actual.ToJsonString();
    }

    /// <summary>A key as one comparable text, in the order given: text upper-cased, numbers by value.</summary>
    public static string KeyText(IEnumerable<JsonNode?> values) => string.Join("\u001f", values.Select(v =>
        v is JsonValue scalar && scalar.TryGetValue(out string? text) ? "s:" + text.ToUpperInvariant()
        : v is not null && v.GetValueKind() == JsonValueKind.Number && decimal.TryParse(v.ToJsonString(), NumberStyles.Float, CultureInfo.InvariantCulture, out decimal number) ? "n:" + number.ToString(CultureInfo.InvariantCulture)
        : "v:" + (v?.ToJsonString() ?? "null")));

    /// <summary>How a value is shown in a difference.</summary>
    public static string Show(JsonNode? value) => value?.ToJsonString() ?? "null";

    private static string Utc(DateTime moment) => moment.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    private static DateTimeOffset? Instant(JsonNode node) =>
        DateTimeOffset.TryParse(node.GetValue<string>(), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out DateTimeOffset moment) && node.GetValue<string>().Contains('T', StringComparison.Ordinal)
            ? moment
            : null;
}
