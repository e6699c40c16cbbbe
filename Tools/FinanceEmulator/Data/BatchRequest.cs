using System;
using System.Collections.Generic;

namespace DualWrite.FinanceEmulator.Data;

/// <summary>One request inside a $batch: its method, its URL relative to /data/, its body and its Content-ID.</summary>
internal sealed class BatchRequest
{
    private BatchRequest(string method, string relative, string body, string? contentId)
    {
        Method = method;
        Relative = relative;
        Body = body;
        ContentId = contentId;
    }

    public string Method { get; }

    public string Relative { get; }

    public string Body { get; }

    public string? ContentId { get; }

    public static BatchRequest Parse(IReadOnlyDictionary<string, string> partHeaders, string content)
    {
        (string requestLine, Dictionary<string, string> headers, string body) = MultipartText.Split(content, hasFirstLine: true);
        string[] words = requestLine.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        string method = words.Length > 0 ? words[0] : "";
        string url = words.Length > 1 ? words[1] : "";
        int data = url.IndexOf("/data/", StringComparison.Ordinal);
        string relative = data >= 0 ? url[(data + "/data/".Length)..] : url.TrimStart('/');
        string? contentId = partHeaders.TryGetValue("Content-ID", out string? id) ? id : headers.GetValueOrDefault("Content-ID");
        return new BatchRequest(method, relative, body, contentId);
    }
}
