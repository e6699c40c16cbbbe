using System.Text.RegularExpressions;

namespace DualWrite.Plugins.Finance;

/// <summary>
/// OData's simple identifier (a letter or underscore, then letters, digits, underscores): what CSDL accepts as an
/// enum or member name, and what keeps a member name safe inside a quoted literal such as NoYes'Yes'.
/// </summary>
internal static class ODataIdentifier
{
    private static readonly Regex s_pattern = new("^[A-Za-z_][A-Za-z0-9_]*$", RegexOptions.CultureInvariant);

    public static bool IsValid(string? name) => name is not null && s_pattern.IsMatch(name);
}
