using System;
using System.Globalization;
using Microsoft.Xrm.Sdk;

namespace DualWrite.Testing.Store;

/// <summary>
/// A column value as the database compares it for equality: lookups by id, choices by number, money by amount,
/// text ignoring case (Dataverse's collation is case-insensitive).
/// </summary>
internal static class KeyValue
{
    public static object? Normalize(object? value) => value switch
    {
        null => null,
        string text => text.ToUpperInvariant(),
        EntityReference reference => reference.Id,
        OptionSetValue option => option.Value,
        Money money => money.Value,
        Enum choice => Convert.ToInt32(choice, CultureInfo.InvariantCulture),
        DateTime time => time.Kind == DateTimeKind.Local ? time.ToUniversalTime() : time,
        _ => value,
    };
}
