using System;
using System.Collections.Generic;

namespace DualWrite.WorkflowActivities.Json;

/// <summary>
/// One value of a parsed JSON document, with where it came from (its path from the root and its line and column), so
/// a problem with it can be reported in words the sender can find. Numbers keep their text, to be read exactly.
/// </summary>
public sealed class JsonValue
{
    private readonly IReadOnlyList<KeyValuePair<string, JsonValue>> _members;
    private readonly IReadOnlyList<JsonValue> _items;

    internal JsonValue(JsonKind kind, string path, int line, int column, string text, IReadOnlyList<KeyValuePair<string, JsonValue>>? members = null, IReadOnlyList<JsonValue>? items = null)
    {
        Kind = kind;
        Path = path;
        Line = line;
        Column = column;
        Text = text;
        _members = members ?? Array.Empty<KeyValuePair<string, JsonValue>>();
        _items = items ?? Array.Empty<JsonValue>();
    }

    public JsonKind Kind { get; }

    /// <summary>Where the value sits, as "$.expenses[0].project".</summary>
    public string Path { get; }

    public int Line { get; }

    public int Column { get; }

    /// <summary>A string's value or a number's literal text; empty for other kinds.</summary>
    public string Text { get; }

    /// <summary>An object's members in document order; empty for other kinds.</summary>
    public IReadOnlyList<KeyValuePair<string, JsonValue>> Members => _members;

    /// <summary>An array's items; empty for other kinds.</summary>
    public IReadOnlyList<JsonValue> Items => _items;

    /// <summary>The kind in the words an error message uses.</summary>
    public string Describe() => Kind switch
    {
        JsonKind.Object => "an object",
        JsonKind.Array => "an array",
        JsonKind.String => "a string",
        JsonKind.Number => "a number",
        JsonKind.Null => "null",
        _ => "a boolean",
    };

    public JsonValue? Member(string name)
    {
        foreach (KeyValuePair<string, JsonValue> member in _members)
        {
            if (member.Key == name)
            {
                return member.Value;
            }
        }

        return null;
    }
}
