using System.Linq;
using System.Text.Json.Nodes;

namespace DualWrite.FinanceEmulator.Data;

/// <summary>
/// The identity of a row inside its set: its key values in declared order. Text compares without regard to case,
/// as Finance's database collation does ('USMF' and 'usmf' are one company).
/// </summary>
internal static class RowKey
{
    public static string Of(ServedEntitySet definition, JsonObject row) =>
        string.Join("\u001f", definition.KeyPropertyNames.Select(k => Normalize(row[k])));

    public static string Normalize(JsonNode? value) => value is JsonValue scalar && scalar.TryGetValue(out string? text)
        ? "s:" + text.ToUpperInvariant()
        : "v:" + (value?.ToJsonString() ?? "null");
}
