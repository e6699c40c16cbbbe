using System.Net.Http;
using Microsoft.Identity.Client;

namespace DualWrite.LocalRun.Environment;

/// <summary>MSAL's HTTP client for local runs and tests: one that trusts exactly the emulator's certificate.</summary>
public sealed class TrustingMsalHttpClientFactory : IMsalHttpClientFactory
{
    private readonly HttpClient _client;

    public TrustingMsalHttpClientFactory(HttpMessageHandler handler)
    {
        _client = new HttpClient(handler, disposeHandler: false);
    }

    public HttpClient GetHttpClient() => _client;
}
