using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using DualWrite.WorkflowActivities.Json;

namespace DualWrite.WorkflowActivities.Imports;

/// <summary>
/// Reads the fields of one JSON object of a Finance document by type, recording a problem (with the field's path)
/// for each missing, mistyped or unknown field instead of stopping at the first.
/// </summary>
internal sealed class JsonFields
{
    private readonly JsonValue _object;
    private readonly ImportProblems _problems;

    private JsonFields(JsonValue value, ImportProblems problems)
    {
        _object = value;
        _problems = problems;
    }

    /// <summary>The fields of an object that may hold only the given members; null (with a problem) when it is not an object.</summary>
    public static JsonFields? Of(JsonValue value, ImportProblems problems, params string[] allowed)
    {
        if (value.Kind != JsonKind.Object)
        {
            problems.Add($"{value.Path} must be an object, not {value.Describe()}.");
            return null;
        }

        foreach (KeyValuePair<string, JsonValue> member in value.Members.Where(m => !allowed.Contains(m.Key, StringComparer.Ordinal)))
        {
            problems.Add($"{member.Value.Path} is not a field of this document (expected one of {string.Join(", ", allowed)}).");
        }

        return new JsonFields(value, problems);
    }

    public string Path => _object.Path;

    public string? Text(string name, bool required = true)
    {
        JsonValue? value = Field(name, required);
        if (value is null)
        {
            return null;
        }

        if (value.Kind != JsonKind.String)
        {
            Mistyped(value, "a string");
            return null;
        }

        if (value.Text.Trim().Length == 0)
        {
            if (required)
            {
                _problems.Add($"{value.Path} is empty.");
            }

            return null;
        }

        return value.Text.Trim();
    }

    public decimal? Number(string name, bool required = true)
    {
        JsonValue? value = Field(name, required);
        if (value is null)
        {
            return null;
        }

        if (value.Kind != JsonKind.Number)
        {
            Mistyped(value, "a number");
            return null;
        }

        if (decimal.TryParse(value.Text, NumberStyles.Float, CultureInfo.InvariantCulture, out decimal number))
        {
            return number;
        }

        _problems.Add($"{value.Path} ({value.Text}) is out of range for an amount or quantity.");
        return null;
    }

    public int? WholeNumber(string name, bool required = true)
    {
        JsonValue? value = Field(name, required);
        if (value is null)
        {
            return null;
        }

        if (value.Kind == JsonKind.Number && int.TryParse(value.Text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out int number))
        {
            return number;
        }

        Mistyped(value, "a whole number");
        return null;
    }

    /// <summary>A calendar date written yyyy-MM-dd, as midnight UTC.</summary>
    public DateTime? Date(string name, bool required = true)
    {
        JsonValue? value = Field(name, required);
        if (value is null)
        {
            return null;
        }

        if (value.Kind == JsonKind.String && DateTime.TryParseExact(value.Text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out DateTime date))
        {
            return DateTime.SpecifyKind(date, DateTimeKind.Utc);
        }

        Mistyped(value, "a date written yyyy-MM-dd");
        return null;
    }

    /// <summary>The items of an array field; empty (with a problem when required) when it is missing or not an array.</summary>
    public IReadOnlyList<JsonValue> Array(string name, bool required = true)
    {
        JsonValue? value = Field(name, required);
        if (value is null)
        {
            return [];
        }

        if (value.Kind != JsonKind.Array)
        {
            Mistyped(value, "an array");
            return [];
        }

        if (required && value.Items.Count == 0)
        {
            _problems.Add($"{value.Path} is empty.");
        }

        return value.Items;
    }

    private JsonValue? Field(string name, bool required)
    {
        JsonValue? value = _object.Member(name);
        if (value is null || value.Kind == JsonKind.Null)
        {
            if (required)
            {
                _problems.Add($"{_object.Path}.{name} is missing.");
            }

            return null;
        }

        return value;
    }

    private void Mistyped(JsonValue value, string expected) =>
        _problems.Add($"{value.Path} must be {expected}, not {value.Describe()}{(value.Kind is JsonKind.String or JsonKind.Number ? $" ({Quote(value)})" : "")}.");

    private static string Quote(JsonValue value) => value.Kind == JsonKind.String ? "\"" + value.Text + "\"" : value.Text;
}
