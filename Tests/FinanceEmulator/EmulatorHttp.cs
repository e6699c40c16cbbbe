using System;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Text;
using DualWrite.FinanceEmulator.Hosting;

namespace DualWrite.Tests.FinanceEmulator;

/// <summary>Raw HTTP to the emulator for its own tests: a request with or without a token, answered as status and text.</summary>
internal sealed class EmulatorHttp : IDisposable
{
    private readonly FinanceEmulatorHost _host;
    private readonly HttpClient _client;

    public EmulatorHttp(FinanceEmulatorHost host)
    {
        _host = host;
        _client = new HttpClient(host.CreateTrustingHandler()) { BaseAddress = host.BaseUrl };
    }

    public string ValidToken() => _host.Tokens.Issue("test", "client", "tenant");

    public (int Status, string Body, HttpResponseMessage Response) Send(string method, string url, string? json = null, string? token = "valid", string contentType = "application/json")
    {
        using var request = new HttpRequestMessage(new HttpMethod(method), url);
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token == "valid" ? ValidToken() : token);
        }

        if (json is not null)
        {
            request.Content = new StringContent(json, Encoding.UTF8);
            request.Content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
        }

        HttpResponseMessage response = _client.Send(request);
        return ((int)response.StatusCode, response.Content.ReadAsStringAsync().GetAwaiter().GetResult(), response);
    }

    /// <summary>A GET answered as status and the body's bytes, as they came off the wire.</summary>
    public (int Status, byte[] Body, HttpResponseMessage Response) GetBytes(string url)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", ValidToken());
        HttpResponseMessage response = _client.Send(request);
        return ((int)response.StatusCode, response.Content.ReadAsByteArrayAsync().GetAwaiter().GetResult(), response);
    }

    public void Dispose() => _client.Dispose();
}
