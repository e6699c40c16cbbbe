using System;
using System.Collections.Generic;
using System.Linq;

namespace DualWrite.MapCheck;

/// <summary>The names of a schema closest to a name it lacks, so a mismatch says what was probably meant.</summary>
internal static class ClosestNames
{
    /// <summary>Up to three candidates within a third of the name's length in edits (case ignored), closest first; null when none is close.</summary>
    public static string? To(string name, IEnumerable<string> candidates)
    {
        int limit = Math.Max(2, name.Length / 3);
        string[] close = candidates
            .Select(c => (Name: c, Distance: Distance(name.ToLowerInvariant(), c.ToLowerInvariant())))
            .Where(c => c.Distance <= limit)
            .OrderBy(c => c.Distance).ThenBy(c => c.Name, StringComparer.Ordinal)
            .Take(3)
            .Select(c => "'" + c.Name + "'")
            .ToArray();
        return close.Length == 0 ? null : string.Join(", ", close);
    }

    /// <summary>Levenshtein distance, two rows at a time.</summary>
    private static int Distance(string a, string b)
    {
        int[] previous = Enumerable.Range(0, b.Length + 1).ToArray();
        int[] current = new int[b.Length + 1];
        for (int i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (int j = 1; j <= b.Length; j++)
            {
                int substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1);
                current[j] = Math.Min(substitution, Math.Min(previous[j], current[j - 1]) + 1);
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Length];
    }
}
