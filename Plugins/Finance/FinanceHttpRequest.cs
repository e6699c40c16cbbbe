using System;
using System.Collections.Generic;

namespace DualWrite.Plugins.Finance;

/// <summary>One HTTP request to Finance, as the client builds it and a transport sends it.</summary>
public sealed class FinanceHttpRequest
{
    public FinanceHttpRequest(string method, Uri url, IReadOnlyDictionary<string, string> headers, byte[]? body = null, string? contentType = null)
    {
        Method = method;
        Url = url;
        Headers = headers;
        Body = body;
        ContentType = contentType;
    }

    public string Method { get; }

    public Uri Url { get; }

    /// <summary>Headers besides Content-Type; Accept among them. Transports add Connection: close themselves.</summary>
    public IReadOnlyDictionary<string, string> Headers { get; }

    public byte[]? Body { get; }

    public string? ContentType { get; }
}
