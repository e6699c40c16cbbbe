using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using DualWrite.Tests.Support;

namespace DualWrite.Tests.Sdk.ApiSurface;

/// <summary>
/// An official API listing from ../shared/reference: 'assembly | type ...' and 'assembly | Type :: member' lines.
/// It is reference data read where it lies, never copied into the repository.
/// </summary>
internal sealed partial class ReferenceApi
{
    private readonly HashSet<string> _members = new(StringComparer.Ordinal);
    private readonly Dictionary<string, TypeLine> _types = new(StringComparer.Ordinal);

    private ReferenceApi(IEnumerable<string> lines)
    {
        foreach (string line in lines)
        {
            if (line.StartsWith('#') || line.Length == 0)
            {
                continue;
            }

            int bar = line.IndexOf(" | ", StringComparison.Ordinal);
            string assembly = line[..bar];
            string rest = line[(bar + 3)..];
            if (rest.StartsWith("type ", StringComparison.Ordinal))
            {
                TypeLine type = TypeLine.Parse(rest["type ".Length..]);
                _types[Key(assembly, type.Name)] = type;
            }
            else
            {
                _members.Add(Key(assembly, rest));
            }
        }
    }

    public static string Folder => Path.Combine(RepositoryPaths.Shared, "reference");

    public static ReferenceApi? TryLoad(string fileName)
    {
        string path = Path.Combine(Folder, fileName);
        return File.Exists(path) ? new ReferenceApi(File.ReadLines(path)) : null;
    }

    public TypeLine? FindType(string assembly, string typeName) => _types.GetValueOrDefault(Key(assembly, typeName));

    public bool HasMember(string assembly, string memberLine) => _members.Contains(Key(assembly, memberLine));

    private static string Key(string assembly, string text) => assembly + " | " + text;

    /// <summary>A parsed type line: "public sealed class N" and its bases, base class first.</summary>
    internal sealed record TypeLine(string Head, string Name, IReadOnlyList<string> Bases)
    {
        public static TypeLine Parse(string text)
        {
            Match match = TypeLinePattern().Match(text);
            string bases = match.Groups["bases"].Value;
            return new TypeLine(match.Groups["head"].Value, match.Groups["name"].Value, bases.Length == 0 ? [] : SplitTopLevel(bases));
        }

        private static List<string> SplitTopLevel(string list)
        {
            var parts = new List<string>();
            int depth = 0;
            int start = 0;
            for (int i = 0; i < list.Length; i++)
            {
                depth += list[i] == '<' ? 1 : list[i] == '>' ? -1 : 0;
                if (depth == 0 && list[i] == ',' && i + 1 < list.Length && list[i + 1] == ' ')
                {
                    parts.Add(list[start..i]);
                    start = i + 2;
                }
            }

            parts.Add(list[start..]);
            return parts;
        }
    }

    [GeneratedRegex(@"^(?<head>.*?\b(?:class|interface|enum|struct|delegate) (?<name>.+?))(?: : (?<bases>.*))?$")]
    private static partial Regex TypeLinePattern();
}
