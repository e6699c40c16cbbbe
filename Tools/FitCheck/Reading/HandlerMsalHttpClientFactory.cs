using System.Net.Http;
using Microsoft.Identity.Client;

namespace DualWrite.FitCheck.Reading;

/// <summary>MSAL's HTTP client, the same one the metadata requests go through (a host may give it its own handler).</summary>
public sealed class HandlerMsalHttpClientFactory(HttpClient client) : IMsalHttpClientFactory
{
    public HttpClient GetHttpClient() => client;
}
