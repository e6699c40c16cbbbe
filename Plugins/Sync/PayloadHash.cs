using System;
using System.Collections.Generic;
using System.Linq;
using System.Security.Cryptography;
using DualWrite.Plugins.Finance;

namespace DualWrite.Plugins.Sync;

/// <summary>A SHA-256 of what a document sends (entity sets, keys, fields and lines), so an unchanged payload is not sent again.</summary>
internal static class PayloadHash
{
    public static string Of(OutboundDocument document)
    {
        using var sha = SHA256.Create();
        byte[] hash = sha.ComputeHash(new[] { document.Header }.Concat(document.Lines).SelectMany(Bytes).ToArray());
        return BitConverter.ToString(hash).Replace("-", "").ToLowerInvariant();
    }

    private static byte[] Bytes(FinanceRow row) =>
        FinanceJson.Write(row.EntitySet, new[] { new KeyValuePair<string, object?>("@set", row.EntitySet) }.Concat(row.FullRow.OrderBy(f => f.Key, StringComparer.Ordinal)));
}
