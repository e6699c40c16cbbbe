using System;

namespace DualWrite.Plugins.Finance;

/// <summary>
/// Builds Finance OData URLs. Key URLs carry cross-company=true because Finance otherwise looks only in the
/// caller's default company, and the rows the maps write belong to many.
/// </summary>
internal static class FinanceUrls
{
    public static Uri For(Uri dataRoot, string entitySet, FinanceKey? key)
    {
        CheckEntitySet(entitySet);
        // One absolute URL parsed, rather than a relative one combined with the root (parsed twice over).
        string root = dataRoot.AbsoluteUri;
        return key is null
            ? new Uri(root + Uri.EscapeDataString(entitySet))
            : new Uri(root + Uri.EscapeDataString(entitySet) + key.ToUrlSegment() + "?cross-company=true");
    }

    public static Uri Batch(Uri dataRoot) => new(dataRoot, "$batch");

    private static void CheckEntitySet(string entitySet)
    {
        if (string.IsNullOrWhiteSpace(entitySet) || entitySet.IndexOfAny(['/', '(', ')', '?', '#', '$', '\'', ' ']) >= 0)
        {
            throw new ArgumentException($"'{entitySet}' is not a Finance entity set name (a public collection name such as CustomersV3).", nameof(entitySet));
        }
    }
}
