using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Text.Json.Nodes;
using DualWrite.Plugins.Finance;

namespace DualWrite.FinanceEmulator.Data;

/// <summary>
/// Reads the key of a URL such as Projects(dataAreaId='usmf',ProjectID='P%27%271') into the row's key values. The
/// raw (still percent-encoded) segment is split first, so an encoded comma or parenthesis stays inside its value.
/// </summary>
internal static class KeySegment
{
    /// <summary>The key values by property name, or the 400 answer for a key Finance would not accept.</summary>
    public static (JsonObject? Key, OperationResult? Error) Parse(FinanceEntityDefinition definition, string rawKey)
    {
        string qualified = definition.QualifiedTypeName;
        var key = new JsonObject();
        foreach (string pair in SplitOutsideQuotes(rawKey))
        {
            int equals = pair.IndexOf('=');
            string name = equals > 0 ? Uri.UnescapeDataString(pair[..equals]).Trim() : "";
            FinancePropertyDefinition? property = name.Length == 0 ? null : definition.FindProperty(name);
            if (property is null || !definition.KeyPropertyNames.Contains(name) || key.ContainsKey(name))
            {
                return (null, ODataErrors.BadRequest($"The key in the request URI is not valid for resource '{qualified}': '{Uri.UnescapeDataString(pair)}' is not one of its key properties ({string.Join(", ", definition.KeyPropertyNames)})."));
            }

            string literal = Uri.UnescapeDataString(pair[(equals + 1)..]).Trim();
            JsonNode? value = PropertyValues.FromLiteral(property, literal);
            if (value is null)
            {
                return (null, ODataErrors.BadRequest($"Syntax error: the key literal {literal} for '{name}' is not of the expected type '{property.EdmTypeName}'."));
            }

            key[name] = value;
        }

        return key.Count == definition.KeyPropertyNames.Count
            ? (key, null)
            : (null, ODataErrors.BadRequest($"The number of keys specified in the URI does not match number of key properties for the resource '{qualified}'."));
    }

    private static IEnumerable<string> SplitOutsideQuotes(string raw)
    {
        var current = new StringBuilder();
        bool quoted = false;
        foreach (char c in raw)
        {
            if (c == '\'')
            {
                quoted = !quoted; // a doubled quote flips twice: still inside
            }

            if (c == ',' && !quoted)
            {
                yield return current.ToString();
                current.Clear();
            }
            else
            {
                current.Append(c);
            }
        }

        yield return current.ToString();
    }
}
