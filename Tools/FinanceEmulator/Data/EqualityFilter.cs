using System.Collections.Generic;
using System.Text.RegularExpressions;
using DualWrite.Plugins.Finance;

namespace DualWrite.FinanceEmulator.Data;

/// <summary>
/// The part of $filter the emulator understands: "Field eq literal" and "Field ne literal" terms joined by "and".
/// Enum fields take Finance's enum literal, Microsoft.Dynamics.DataEntities.NoYes'Yes', and (as in Finance) only eq and ne.
/// </summary>
internal static partial class EqualityFilter
{
    public static (IReadOnlyList<FilterTerm>? Terms, string? Error) Parse(FinanceEntityDefinition definition, string? filter)
    {
        var terms = new List<FilterTerm>();
        if (string.IsNullOrWhiteSpace(filter))
        {
            return (terms, null);
        }

        foreach (string term in AndSeparator().Split(filter.Trim()))
        {
            Match match = Term().Match(term.Trim());
            FinancePropertyDefinition? property = match.Success ? definition.FindProperty(match.Groups["name"].Value) : null;
            if (property is null)
            {
                return (null, $"The emulator cannot apply the filter term '{term}' to '{definition.EntitySetName}': it understands \"Field eq literal\" and \"Field ne literal\" terms joined by \"and\".");
            }

            string literal = match.Groups["literal"].Value;
            if (PropertyValues.FromLiteral(property, literal) is not { } value)
            {
                return (null, LiteralRefused(definition, property, literal));
            }

            terms.Add(new FilterTerm(property.Name, value, match.Groups["op"].Value == "ne"));
        }

        return (terms, null);
    }

    private static string LiteralRefused(FinanceEntityDefinition definition, FinancePropertyDefinition property, string literal)
    {
        string message = $"The filter literal {literal} on '{definition.EntitySetName}' is not of the type '{property.EdmTypeName}' of property '{property.Name}'.";
        return property.EnumType is FinanceEnumType enumType
            ? $"{message} An enum literal is written {enumType.QualifiedName}'{enumType.Members[0].Name}' with one of its {EnumValues.Members(enumType)}."
            : message;
    }

    [GeneratedRegex(@"\s+and\s+", RegexOptions.IgnoreCase)]
    private static partial Regex AndSeparator();

    [GeneratedRegex(@"^(?<name>[A-Za-z_][A-Za-z0-9_]*)\s+(?<op>eq|ne)\s+(?<literal>.+)$")]
    private static partial Regex Term();
}
