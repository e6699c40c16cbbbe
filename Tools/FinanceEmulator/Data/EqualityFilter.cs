using System;
using System.Collections.Generic;
using System.Text.RegularExpressions;
using System.Text.Json.Nodes;
using DualWrite.Plugins.Finance;

namespace DualWrite.FinanceEmulator.Data;

/// <summary>The part of $filter the emulator understands: "Field eq literal" terms joined by "and".</summary>
internal static partial class EqualityFilter
{
    public static (IReadOnlyList<(string Name, JsonNode? Value)>? Terms, string? Error) Parse(FinanceEntityDefinition definition, string? filter)
    {
        var terms = new List<(string, JsonNode?)>();
        if (string.IsNullOrWhiteSpace(filter))
        {
            return (terms, null);
        }

        foreach (string term in AndSeparator().Split(filter.Trim()))
        {
            Match match = Term().Match(term.Trim());
            FinancePropertyDefinition? property = match.Success ? definition.FindProperty(match.Groups["name"].Value) : null;
            JsonNode? value = property is null ? null : PropertyValues.FromLiteral(property, match.Groups["literal"].Value);
            if (property is null || value is null)
            {
                return (null, $"The emulator cannot apply the filter term '{term}' to '{definition.EntitySetName}': it understands \"Field eq literal\" terms joined by \"and\".");
            }

            terms.Add((property.Name, value));
        }

        return (terms, null);
    }

    [GeneratedRegex(@"\s+and\s+", RegexOptions.IgnoreCase)]
    private static partial Regex AndSeparator();

    [GeneratedRegex(@"^(?<name>[A-Za-z_][A-Za-z0-9_]*)\s+eq\s+(?<literal>.+)$")]
    private static partial Regex Term();
}
