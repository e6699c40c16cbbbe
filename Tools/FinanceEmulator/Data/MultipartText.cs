using System;
using System.Collections.Generic;

namespace DualWrite.FinanceEmulator.Data;

/// <summary>Splits a multipart/mixed body into parts, and a part or an embedded HTTP message into its head and body.</summary>
internal static class MultipartText
{
    public static string? Boundary(string? contentType)
    {
        foreach (string parameter in (contentType ?? "").Split(';'))
        {
            string trimmed = parameter.Trim();
            if (trimmed.StartsWith("boundary=", StringComparison.OrdinalIgnoreCase))
            {
                return trimmed["boundary=".Length..].Trim('"');
            }
        }

        return null;
    }

    public static IReadOnlyList<string> Parts(string body, string boundary)
    {
        var parts = new List<string>();
        string[] chunks = body.Split("--" + boundary);
        for (int i = 1; i < chunks.Length && !chunks[i].StartsWith("--", StringComparison.Ordinal); i++)
        {
            parts.Add(chunks[i].StartsWith("\r\n", StringComparison.Ordinal) ? chunks[i][2..] : chunks[i].TrimStart('\n'));
        }

        return parts;
    }

    /// <summary>The first line (when asked for), the header fields up to the blank line, and what follows.</summary>
    public static (string FirstLine, Dictionary<string, string> Headers, string Body) Split(string text, bool hasFirstLine)
    {
        string[] lines = text.Split('\n');
        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        string first = hasFirstLine && lines.Length > 0 ? lines[0].TrimEnd('\r') : "";
        int index = hasFirstLine ? 1 : 0;
        for (; index < lines.Length; index++)
        {
            string line = lines[index].TrimEnd('\r');
            if (line.Length == 0)
            {
                index++;
                break;
            }

            int colon = line.IndexOf(':');
            if (colon > 0)
            {
                headers[line[..colon].Trim()] = line[(colon + 1)..].Trim();
            }
        }

        string body = index < lines.Length ? string.Join("\n", lines[index..]).TrimEnd('\r', '\n') : "";
        return (first, headers, body);
    }
}
