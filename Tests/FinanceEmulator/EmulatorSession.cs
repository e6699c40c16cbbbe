using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Net.Http;
using DualWrite.FinanceEmulator.Hosting;
using DualWrite.Plugins.Finance;
using DualWrite.Plugins.Identity;
using DualWrite.Testing.Services;
using Xunit;

namespace DualWrite.Tests.FinanceEmulator;

/// <summary>
/// One emulator for one test, over real HTTPS on a free loopback port, with an app registration that MSAL
/// authenticates as. When the test ends it checks that no secret and no issued token appears in the emulator's
/// request log, in the client's traces or in any exception the test observed.
/// </summary>
internal sealed class EmulatorSession : IDisposable
{
    public const string ClientSecret = "s3cr3t-Value-that-must-never-leak~";
    private readonly ConcurrentQueue<Exception> _observed = new();
    private readonly HttpMessageHandler _handler;

    public EmulatorSession(Action<FinanceEmulatorOptions>? configure = null)
    {
        var options = new FinanceEmulatorOptions { Entities = TestEntities.All };
        configure?.Invoke(options);
        Host = FinanceEmulatorHost.Start(options);
        Host.Clients.AddSecret(ClientId, ClientSecret);
        _handler = Host.CreateTrustingHandler();
        Transport = new HttpClientFinanceTransport(_handler);
    }

    public FinanceEmulatorHost Host { get; }

    public string ClientId { get; } = Guid.NewGuid().ToString();

    /// <summary>A tenant of this session's own, so that MSAL's static application cache starts empty for it.</summary>
    public string TenantId { get; } = Guid.NewGuid().ToString();

    public IFinanceTransport Transport { get; }

    public CapturingTracingService Traces { get; } = new();

    public HttpMessageHandler TrustingHandler => _handler;

    public MsalTokenProviderSettings MsalSettings(MsalClientCredential? credential = null, string? clientId = null) =>
        new(TenantId, clientId ?? ClientId, credential ?? MsalClientCredential.FromSecret(ClientSecret), Host.BaseUrl, new TrustingMsalHttpClientFactory(_handler));

    /// <summary>What one plug-in execution builds: a token provider over the cached MSAL application and a client with a fresh budget.</summary>
    public FinanceClient NewClient(FinanceClientSettings? settings = null, IFinanceTransport? transport = null) =>
        new(settings ?? Settings(), new MsalTokenProvider(MsalSettings()), Traces, transport ?? Transport);

    public FinanceClientSettings Settings(TimeSpan? budget = null, TimeSpan? requestTimeout = null, int maxAttempts = 5) =>
        new(Host.BaseUrl, requestTimeout, budget, maxAttempts, backoffBase: TimeSpan.FromMilliseconds(20), backoffMax: TimeSpan.FromMilliseconds(200));

    /// <summary>Asserts the call throws <typeparamref name="T"/> and keeps the exception for the leak check.</summary>
    public T Fails<T>(Action call)
        where T : Exception
    {
        T exception = Assert.Throws<T>(call);
        Observe(exception);
        return exception;
    }

    public void Observe(Exception exception) => _observed.Enqueue(exception);

    public void Dispose()
    {
        try
        {
            AssertNoSecretLeaked();
        }
        finally
        {
            _handler.Dispose();
            Host.Dispose();
        }
    }

    private void AssertNoSecretLeaked()
    {
        string[] secrets = Host.Tokens.Issued.Append(ClientSecret).ToArray();
        IEnumerable<string> texts = Host.Log.Entries.SelectMany(e => e.Headers.Values.Append(e.Body).Append(e.Url))
            .Concat(Traces.Lines)
            .Concat(_observed.Select(e => e.ToString()));
        foreach (string text in texts)
        {
            foreach (string secret in secrets)
            {
                Assert.False(text.Contains(secret, StringComparison.Ordinal), $"A secret or token leaked into: {text[..Math.Min(200, text.Length)]}");
            }
        }
    }
}
