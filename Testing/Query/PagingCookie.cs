using System;
using System.Globalization;
using System.Text.RegularExpressions;
using DualWrite.Testing.Faults;

namespace DualWrite.Testing.Query;

/// <summary>The paging cookie, in the platform's shape: &lt;cookie page="n"&gt;&lt;pk last="{id}" first="{id}" /&gt;&lt;/cookie&gt;.</summary>
internal static partial class PagingCookie
{
    public static string Create(int page, string primaryIdAttribute, Guid first, Guid last) =>
        string.Format(CultureInfo.InvariantCulture, "<cookie page=\"{0}\"><{1} last=\"{{{2:D}}}\" first=\"{{{3:D}}}\" /></cookie>", page, primaryIdAttribute, last, first);

    /// <summary>The page number a cookie was issued for; a cookie this organization did not issue is refused.</summary>
    public static int PageOf(string cookie)
    {
        Match match = CookiePattern().Match(cookie);
        return match.Success ? int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture) : throw DataverseFault.InvalidPagingCookie(cookie);
    }

    [GeneratedRegex("^<cookie page=\"(\\d+)\">")]
    private static partial Regex CookiePattern();
}
