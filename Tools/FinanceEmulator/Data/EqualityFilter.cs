using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using Microsoft.OData;
using Microsoft.OData.Edm;

namespace DualWrite.FinanceEmulator.Data;

/// <summary>
/// The part of $filter the emulator understands: "Field eq literal" and "Field ne literal" terms joined by "and".
/// Each literal is read as its field's type by OData.Core (ODataUriUtils); the terms are split by hand because the
/// emulator evaluates only these. Enum fields take Finance's enum literal, Microsoft.Dynamics.DataEntities.NoYes'Yes',
/// and (as in Finance) only eq and ne.
/// </summary>
internal static partial class EqualityFilter
{
    public static (IReadOnlyList<FilterTerm>? Terms, string? Error) Parse(IEdmModel model, ServedEntitySet set, string? filter)
    {
        var terms = new List<FilterTerm>();
        if (string.IsNullOrWhiteSpace(filter))
        {
            return (terms, null);
        }

        foreach (string term in AndSeparator().Split(filter.Trim()))
        {
            Match match = Term().Match(term.Trim());
            IEdmStructuralProperty? property = match.Success ? set.FindProperty(match.Groups["name"].Value) : null;
            if (property is null)
            {
                return (null, $"The emulator cannot apply the filter term '{term}' to '{set.EntitySetName}': it understands \"Field eq literal\" and \"Field ne literal\" terms joined by \"and\".");
            }

            string literal = match.Groups["literal"].Value;
            if (property.Type.Definition is IEdmEnumType enumType)
            {
                // ODataUriUtils reads no enum literal; Finance's form, Microsoft.Dynamics.DataEntities.NoYes'Yes', is read here.
                string prefix = enumType.FullName() + "'";
                string member = literal.Length > prefix.Length && literal.StartsWith(prefix, System.StringComparison.Ordinal) && literal[^1] == '\'' ? literal[prefix.Length..^1] : "";
                if (!EnumValues.IsMember(enumType, member))
                {
                    return (null, LiteralRefused(set, property, literal));
                }

                terms.Add(new FilterTerm(property.Name, System.Text.Json.Nodes.JsonValue.Create(member), match.Groups["op"].Value == "ne"));
                continue;
            }

            object? parsed;
            try
            {
                parsed = ODataUriUtils.ConvertFromUriLiteral(literal, ODataVersion.V4, model, property.Type);
            }
            catch (ODataException)
            {
                return (null, LiteralRefused(set, property, literal));
            }

            if (parsed is null or ODataNullValue ? literal != "null" : EdmValues.ToJson(property, parsed) is null)
            {
                return (null, LiteralRefused(set, property, literal));
            }

            terms.Add(new FilterTerm(property.Name, EdmValues.ToJson(property, parsed), match.Groups["op"].Value == "ne"));
        }

        return (terms, null);
    }

    private static string LiteralRefused(ServedEntitySet set, IEdmStructuralProperty property, string literal)
    {
        string message = $"The filter literal {literal} on '{set.EntitySetName}' is not of the type '{property.Type.FullName()}' of property '{property.Name}'.";
        return property.Type.Definition is IEdmEnumType enumType
            ? $"{message} An enum literal is written {enumType.FullName()}'{enumType.Members.First().Name}' with one of its {EnumValues.Members(enumType)}."
            : message;
    }

    [GeneratedRegex(@"\s+and\s+", RegexOptions.IgnoreCase)]
    private static partial Regex AndSeparator();

    [GeneratedRegex(@"^(?<name>[A-Za-z_][A-Za-z0-9_]*)\s+(?<op>eq|ne)\s+(?<literal>.+)$")]
    private static partial Regex Term();
}
