using System;
using System.Linq;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Text;
using DualWrite.FinanceEmulator.Logging;
using DualWrite.LocalRun.Environment;

namespace DualWrite.Benchmarks.Setup;

/// <summary>
/// The floor no plug-in can beat: for each change, one raw HTTPS request and nothing else (no Dataverse, no map, no
/// token lookup, no sync state), on a new connection (Connection: close, as both plug-ins send), to the same emulator,
/// with the same URL, bearer token and body as the request ours last sent.
/// </summary>
public sealed class RawRequestFloor
{
    private readonly HttpMessageHandler _handler;
    private readonly string _method;
    private readonly Uri _url;
    private readonly string _token;
    private readonly byte[] _body;

    private RawRequestFloor(HttpMessageHandler handler, string method, Uri url, string token, byte[] body)
    {
        _handler = handler;
        _method = method;
        _url = url;
        _token = token;
        _body = body;
    }

    /// <summary>Repeats the last data request the emulator of <paramref name="finance"/> answered, with the last token it issued.</summary>
    public static RawRequestFloor RepeatingLastRequest(LocalFinance finance)
    {
        ArgumentNullException.ThrowIfNull(finance);
        RequestLogEntry last = finance.Host.Log.Entries.LastOrDefault(e => e.IsDataRequest && e.StatusCode is >= 200 and < 300)
            ?? throw new InvalidOperationException("The floor repeats a request ours sent; the emulator has answered none yet.");
        string token = finance.Host.Tokens.Issued.LastOrDefault() ?? throw new InvalidOperationException("The emulator has issued no token for the floor to send.");
        return new RawRequestFloor(finance.TrustingHandler, last.Method, new Uri(finance.Host.BaseUrl, last.Url), token, Encoding.UTF8.GetBytes(last.Body));
    }

    /// <summary>Sends the request once; throws unless Finance accepts it.</summary>
    public void Send()
    {
        using var client = new HttpClient(_handler, disposeHandler: false);
        using var request = new HttpRequestMessage(new HttpMethod(_method), _url) { Content = new ByteArrayContent(_body) };
        request.Headers.ConnectionClose = true;
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", _token);
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        request.Headers.TryAddWithoutValidation("OData-Version", "4.0");
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        using HttpResponseMessage response = client.Send(request);
        if (!response.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"The floor's {_method} {_url.PathAndQuery} was answered {(int)response.StatusCode}; it must succeed as ours did.");
        }
    }
}
