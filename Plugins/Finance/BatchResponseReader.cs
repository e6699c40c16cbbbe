using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace DualWrite.Plugins.Finance;

/// <summary>
/// Reads every part of a $batch response (multipart/mixed, change sets nested one level deeper) into the
/// operations' own HTTP answers. A batch answers 200 even when operations inside failed, so each part counts.
/// </summary>
internal static class BatchResponseReader
{
    /// <summary>
    /// The answers grouped by the batch's top-level parts, in order: a change set's group holds one answer per
    /// operation when it was applied, or the single error answer when it was not.
    /// </summary>
    public static IReadOnlyList<IReadOnlyList<BatchResponsePart>> Read(FinanceHttpResponse batch)
    {
        string boundary = Boundary(batch.Header("Content-Type"))
            ?? throw new FormatException($"The $batch response has no multipart boundary (Content-Type '{batch.Header("Content-Type")}').");
        var groups = new List<IReadOnlyList<BatchResponsePart>>();
        ReadMultipart(batch.BodyText, boundary, () =>
        {
            var parts = new List<BatchResponsePart>();
            groups.Add(parts);
            return parts;
        });
        return groups;
    }

    /// <param name="groupFor">The list a top-level part's answers go to (a nested change set's all go to its own).</param>
    private static void ReadMultipart(string text, string boundary, Func<List<BatchResponsePart>> groupFor)
    {
        string delimiter = "--" + boundary;
        string[] chunks = text.Split([delimiter], StringSplitOptions.None);
        if (chunks.Length < 2)
        {
            throw new FormatException($"The $batch response holds no part delimited by '{delimiter}'.");
        }

        for (int i = 1; i < chunks.Length; i++)
        {
            string chunk = chunks[i];
            if (chunk.StartsWith("--", StringComparison.Ordinal))
            {
                return; // the closing delimiter
            }

            (Dictionary<string, string> headers, string content) = SplitHeaders(TrimLeadingNewLine(chunk));
            string contentType = headers.TryGetValue("Content-Type", out string? type) ? type : "";
            if (contentType.StartsWith("multipart/mixed", StringComparison.OrdinalIgnoreCase))
            {
                List<BatchResponsePart> changeSet = groupFor();
                ReadMultipart(content, Boundary(contentType) ?? throw new FormatException("A change set in the $batch response has no boundary."), () => changeSet);
            }
            else
            {
                groupFor().Add(ReadHttp(headers, content));
            }
        }
    }

    private static BatchResponsePart ReadHttp(Dictionary<string, string> partHeaders, string content)
    {
        (Dictionary<string, string> headers, string body) = SplitHeaders(content, firstLineIsStatus: true, out string statusLine);
        string[] status = statusLine.Split(' ');
        if (status.Length < 2 || !status[0].StartsWith("HTTP/", StringComparison.Ordinal) || !int.TryParse(status[1], NumberStyles.None, CultureInfo.InvariantCulture, out int code))
        {
            throw new FormatException($"A $batch response part does not start with an HTTP status line: '{statusLine}'.");
        }

        int? contentId = (partHeaders.TryGetValue("Content-ID", out string? id) || headers.TryGetValue("Content-ID", out id))
            && int.TryParse(id, NumberStyles.None, CultureInfo.InvariantCulture, out int number) ? number : null;
        return new BatchResponsePart(contentId, new FinanceHttpResponse(code, headers, Encoding.UTF8.GetBytes(body.TrimEnd('\r', '\n'))));
    }

    private static (Dictionary<string, string> Headers, string Remainder) SplitHeaders(string text) => SplitHeaders(text, firstLineIsStatus: false, out _);

    private static (Dictionary<string, string> Headers, string Remainder) SplitHeaders(string text, bool firstLineIsStatus, out string firstLine)
    {
        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        firstLine = "";
        int position = 0;
        bool first = firstLineIsStatus;
        while (position < text.Length)
        {
            int end = text.IndexOf('\n', position);
            string line = (end < 0 ? text.Substring(position) : text.Substring(position, end - position)).TrimEnd('\r');
            position = end < 0 ? text.Length : end + 1;
            if (first)
            {
                firstLine = line;
                first = false;
                continue;
            }

            if (line.Length == 0)
            {
                break;
            }

            int colon = line.IndexOf(':');
            if (colon > 0)
            {
                headers[line.Substring(0, colon).Trim()] = line.Substring(colon + 1).Trim();
            }
        }

        return (headers, text.Substring(position));
    }

    private static string TrimLeadingNewLine(string text) =>
        text.StartsWith("\r\n", StringComparison.Ordinal) ? text.Substring(2) : text.StartsWith("\n", StringComparison.Ordinal) ? text.Substring(1) : text;

    private static string? Boundary(string? contentType)
    {
        if (contentType is null)
        {
            return null;
        }

        foreach (string parameter in contentType.Split(';'))
        {
            string trimmed = parameter.Trim();
            if (trimmed.StartsWith("boundary=", StringComparison.OrdinalIgnoreCase))
            {
                return trimmed.Substring("boundary=".Length).Trim('"');
            }
        }

        return null;
    }
}
