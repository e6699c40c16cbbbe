#if NET
using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Net.Http;
using System.Net.Http.Headers;

namespace DualWrite.Plugins.Finance;

/// <summary>
/// The transport on .NET (10): HttpClient's synchronous Send over one shared handler. The handler is the seam
/// where a caller decides how the server is reached and trusted; the default is the platform's own.
/// </summary>
public sealed class HttpClientFinanceTransport : IFinanceTransport
{
    // Handlers are safe to share; with Connection: close on every request nothing is pooled between calls.
    private static readonly HttpMessageHandler s_defaultHandler = new SocketsHttpHandler();

    private readonly HttpMessageHandler _handler;

    public HttpClientFinanceTransport()
        : this(s_defaultHandler)
    {
    }

    public HttpClientFinanceTransport(HttpMessageHandler handler)
    {
        _handler = handler ?? throw new ArgumentNullException(nameof(handler));
    }

    public FinanceHttpResponse Send(FinanceHttpRequest request, TimeSpan timeout)
    {
        // A client per call carries this call's timeout; the handler (and its connections) is shared.
        using var client = new HttpClient(_handler, disposeHandler: false) { Timeout = timeout };
        using var message = new HttpRequestMessage(new HttpMethod(request.Method), request.Url);
        message.Headers.ConnectionClose = true;
        foreach (KeyValuePair<string, string> header in request.Headers)
        {
            message.Headers.TryAddWithoutValidation(header.Key, header.Value);
        }

        if (request.Body is not null)
        {
            message.Content = new ByteArrayContent(request.Body);
            message.Content.Headers.ContentType = MediaTypeHeaderValue.Parse(request.ContentType ?? "application/json");
        }

        try
        {
            using HttpResponseMessage response = client.Send(message, HttpCompletionOption.ResponseContentRead);
            using var body = new MemoryStream();
            response.Content.ReadAsStream().CopyTo(body);
            Dictionary<string, string> headers = response.Headers.Concat(response.Content.Headers)
                .GroupBy(h => h.Key, StringComparer.OrdinalIgnoreCase)
                .ToDictionary(g => g.Key, g => string.Join(", ", g.SelectMany(h => h.Value)), StringComparer.OrdinalIgnoreCase);
            return new FinanceHttpResponse((int)response.StatusCode, headers, body.ToArray());
        }
        catch (OperationCanceledException e)
        {
            throw new FinanceTransportException(FinanceTransportFailure.Timeout, $"No answer within {timeout.TotalSeconds:0.#} s.", e);
        }
        catch (HttpRequestException e)
        {
            throw new FinanceTransportException(FinanceTransportFailure.ConnectionLost, $"The connection failed: {e.Message}", e);
        }
        catch (IOException e)
        {
            throw new FinanceTransportException(FinanceTransportFailure.ConnectionLost, $"The connection failed: {e.Message}", e);
        }
    }
}
#endif
