using System;
using System.Collections.Generic;
using System.IO;
using Microsoft.OData;

namespace DualWrite.FinanceEmulator.Data;

/// <summary>A request already read off the wire, handed to ODataMessageReader: its headers and its body bytes.</summary>
internal sealed class InMemoryRequestMessage : IODataRequestMessage
{
    private readonly Dictionary<string, string> _headers = new(StringComparer.OrdinalIgnoreCase);
    private readonly byte[] _body;

    public InMemoryRequestMessage(string method, Uri url, string contentType, byte[] body)
    {
        Method = method;
        Url = url;
        _body = body;
        _headers["Content-Type"] = contentType;
    }

    public IEnumerable<KeyValuePair<string, string>> Headers => _headers;

    public Uri Url { get; set; }

    public string Method { get; set; }

    public string? GetHeader(string headerName) => _headers.TryGetValue(headerName, out string? value) ? value : null;

    public void SetHeader(string headerName, string headerValue) => _headers[headerName] = headerValue;

    public Stream GetStream() => new MemoryStream(_body, writable: false);
}
