using System.Collections.Concurrent;
using System.Text;
using System.Text.RegularExpressions;

namespace DualWrite.Testing.Query;

/// <summary>SQL LIKE patterns (% any run, _ any one character, [..] a set), matched ignoring case as Dataverse's collation does.</summary>
internal static class LikePattern
{
    private static readonly ConcurrentDictionary<string, Regex> s_patterns = new();

    public static bool Matches(string value, string pattern) => s_patterns.GetOrAdd(pattern, Compile).IsMatch(value);

    private static Regex Compile(string pattern)
    {
        var regex = new StringBuilder("^");
        for (int i = 0; i < pattern.Length; i++)
        {
            char c = pattern[i];
            switch (c)
            {
                case '%':
                    regex.Append(".*");
                    break;
                case '_':
                    regex.Append('.');
                    break;
                case '[':
                    int end = pattern.IndexOf(']', i + 1);
                    if (end < 0)
                    {
                        regex.Append(@"\[");
                        break;
                    }

                    string set = pattern.Substring(i + 1, end - i - 1);
                    regex.Append('[').Append(set.StartsWith('^') ? "^" + Regex.Escape(set[1..]) : Regex.Escape(set)).Append(']');
                    i = end;
                    break;
                default:
                    regex.Append(Regex.Escape(c.ToString()));
                    break;
            }
        }

        return new Regex(regex.Append('$').ToString(), RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Singleline);
    }
}
