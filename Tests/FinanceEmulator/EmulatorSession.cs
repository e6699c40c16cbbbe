using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Net.Http;
using DualWrite.FinanceEmulator.Hosting;
using DualWrite.LocalRun.Environment;
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
    private readonly ConcurrentQueue<Exception> _observed = new();

    public EmulatorSession(Action<FinanceEmulatorOptions>? configure = null)
    {
        Finance = LocalFinance.Start(options =>
        {
            options.Entities = TestEntities.All;
            configure?.Invoke(options);
        });
    }

    /// <summary>The emulator and its app registration (a tenant, client and secret of this session's own).</summary>
    public LocalFinance Finance { get; }

    public FinanceEmulatorHost Host => Finance.Host;

    public string ClientId => Finance.ClientId;

    public string TenantId => Finance.TenantId;

    public string ClientSecret => Finance.ClientSecret;

    public IFinanceTransport Transport => Finance.Transport;

    public CapturingTracingService Traces { get; } = new();

    public HttpMessageHandler TrustingHandler => Finance.TrustingHandler;

    public MsalTokenProviderSettings MsalSettings(MsalClientCredential? credential = null, string? clientId = null) =>
        new(TenantId, clientId ?? ClientId, credential ?? MsalClientCredential.FromSecret(ClientSecret), Host.BaseUrl, Finance.MsalHttpClientFactory);

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
            Finance.Dispose();
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
