using System.Net.Http;
using Microsoft.Identity.Client;

namespace DualWrite.Tests.FinanceEmulator;

/// <summary>MSAL's HTTP client for the tests: one that trusts exactly the emulator's certificate.</summary>
internal sealed class TrustingMsalHttpClientFactory : IMsalHttpClientFactory
{
    private readonly HttpClient _client;

    public TrustingMsalHttpClientFactory(HttpMessageHandler handler)
    {
        _client = new HttpClient(handler, disposeHandler: false);
    }

    public HttpClient GetHttpClient() => _client;
}
