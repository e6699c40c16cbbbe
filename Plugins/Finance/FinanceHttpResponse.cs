using System;
using System.Collections.Generic;
using System.Text;

namespace DualWrite.Plugins.Finance;

/// <summary>Finance's answer to one HTTP request: status, headers (case-insensitive names) and the whole body.</summary>
public sealed class FinanceHttpResponse
{
    public FinanceHttpResponse(int statusCode, IDictionary<string, string> headers, byte[] body)
    {
        StatusCode = statusCode;
        Headers = new Dictionary<string, string>(headers, StringComparer.OrdinalIgnoreCase);
        Body = body;
    }

    public int StatusCode { get; }

    public IReadOnlyDictionary<string, string> Headers { get; }

    public byte[] Body { get; }

    public bool IsSuccess => StatusCode is >= 200 and < 300;

    public string? Header(string name) => Headers.TryGetValue(name, out string? value) ? value : null;

    public string BodyText => Encoding.UTF8.GetString(Body);
}
