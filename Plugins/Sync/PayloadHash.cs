using System;
using System.Collections.Generic;
using System.Security.Cryptography;
using DualWrite.Plugins.Finance;

namespace DualWrite.Plugins.Sync;

/// <summary>A SHA-256 of what a row sends (entity set, key and fields), so an unchanged payload is not sent again.</summary>
internal static class PayloadHash
{
#if !NET
    private const string HexDigits = "0123456789abcdef";
#endif

    private static readonly IComparer<KeyValuePair<string, object?>> s_byName =
        Comparer<KeyValuePair<string, object?>>.Create((x, y) => string.CompareOrdinal(x.Key, y.Key));

    /// <summary>Lowercase hex of the hash over the row's JSON (the hashes sync states already hold stay valid).</summary>
    public static string Of(FinanceRow row)
    {
        // Hashed where it was written: the JSON is never copied out of the pooled buffer.
        using var buffer = new JsonBuffer();
        Write(buffer, row);
        ArraySegment<byte> json = buffer.Written;
#if NET
        // The one-shot hash needs no hasher object (each SHA256.Create() allocates and sets up a native context).
        Span<byte> hash = stackalloc byte[32];
        SHA256.HashData(json, hash);
        return Convert.ToHexStringLower(hash);
#else
        using var sha = SHA256.Create();
        return Hex(sha.ComputeHash(json.Array!, json.Offset, json.Count));
#endif
    }

    /// <summary>{"@set": entity set, then the row Finance creates (<see cref="FinanceKey.RowWith"/>) by ordinal name}.</summary>
    private static void Write(JsonBuffer buffer, FinanceRow row)
    {
        var fields = new KeyValuePair<string, object?>[1 + row.Key.Fields.Count + row.Fields.Count];
        fields[0] = new KeyValuePair<string, object?>("@set", row.EntitySet);
        int count = 1;
        foreach (KeyValuePair<string, object?> part in row.Key.RowWith(row.Fields))
        {
            fields[count++] = part;
        }

        Array.Sort(fields, 1, count - 1, s_byName);
        FinanceJson.WriteTo(buffer, row.EntitySet, new ArraySegment<KeyValuePair<string, object?>>(fields, 0, count));
    }

#if !NET
    private static string Hex(byte[] hash)
    {
        char[] text = new char[hash.Length * 2];
        for (int i = 0; i < hash.Length; i++)
        {
            text[2 * i] = HexDigits[hash[i] >> 4];
            text[(2 * i) + 1] = HexDigits[hash[i] & 0xF];
        }

        return new string(text);
    }
#endif
}
