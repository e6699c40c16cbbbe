using System;
using System.Globalization;

namespace DualWrite.Plugins.Finance;

/// <summary>
/// Writes a key value as an OData URL literal: strings quoted with embedded quotes doubled, then percent-encoded
/// so that '/', '?', '#', '%' and non-ASCII text cannot change what the URL addresses.
/// </summary>
internal static class ODataLiteral
{
    public static string Format(object value) => value switch
    {
        string text => "'" + Uri.EscapeDataString(text.Replace("'", "''")) + "'",
        bool flag => flag ? "true" : "false",
        int or long or short or byte => Convert.ToString(value, CultureInfo.InvariantCulture)!,
        decimal number => number.ToString(CultureInfo.InvariantCulture),
        Guid id => id.ToString("D"),
        DateTimeOffset moment => Uri.EscapeDataString(moment.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture)),
        _ => throw new ArgumentException($"A Finance key cannot hold a value of type {value.GetType().FullName}."),
    };

    /// <summary>The literal as a person reads it in a message: quoted, not percent-encoded.</summary>
    public static string Display(object value) => value is string text ? "'" + text.Replace("'", "''") + "'" : Uri.UnescapeDataString(Format(value));
}
