using System.Text.Json.Nodes;

namespace DualWrite.FinanceEmulator.Data;

/// <summary>One "Field eq literal" or "Field ne literal" term of a $filter, with the literal read as the field's type.</summary>
internal sealed record FilterTerm(string Name, JsonNode? Value, bool Negated)
{
    /// <summary>Compared as keys compare (text without regard to case); a null field is "ne" every literal, as in OData.</summary>
    public bool Matches(JsonObject row) => (RowKey.Normalize(row[Name]) == RowKey.Normalize(Value)) != Negated;
}
