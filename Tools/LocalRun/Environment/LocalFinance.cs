using System;
using System.Net.Http;
using System.Security.Cryptography;
using DualWrite.FinanceEmulator.Hosting;
using DualWrite.Plugins.Finance;
using Microsoft.Identity.Client;

namespace DualWrite.LocalRun.Environment;

/// <summary>
/// A Finance emulator on a free loopback port serving the maps' entities, with an app registration of its own
/// (a fresh tenant, client id and secret, so MSAL's static application cache starts empty for it), and the
/// transport and MSAL HTTP client that trust its certificate.
/// </summary>
public sealed class LocalFinance : IDisposable
{
    private readonly HttpMessageHandler _handler;

    private LocalFinance(FinanceEmulatorOptions options)
    {
        Host = FinanceEmulatorHost.Start(options);
        ClientSecret = Convert.ToBase64String(RandomNumberGenerator.GetBytes(24));
        Host.Clients.AddSecret(ClientId, ClientSecret);
        _handler = Host.CreateTrustingHandler();
        Transport = new HttpClientFinanceTransport(_handler);
        MsalHttpClientFactory = new TrustingMsalHttpClientFactory(_handler);
    }

    public FinanceEmulatorHost Host { get; }

    public string TenantId { get; } = Guid.NewGuid().ToString();

    public string ClientId { get; } = Guid.NewGuid().ToString();

    public string ClientSecret { get; }

    public IFinanceTransport Transport { get; }

    public IMsalHttpClientFactory MsalHttpClientFactory { get; }

    public HttpMessageHandler TrustingHandler => _handler;

    /// <summary>The secure configuration the outbound steps are registered with: this app's client secret.</summary>
    public string SecureConfiguration => $$"""{"clientSecret":"{{ClientSecret}}"}""";

    /// <summary>Starts an emulator serving the recorded Finance snapshot (Schema/Finance) unless told otherwise.</summary>
    public static LocalFinance Start(Action<FinanceEmulatorOptions>? configure = null)
    {
        var options = new FinanceEmulatorOptions();
        configure?.Invoke(options);
        return new LocalFinance(options);
    }

    public void Dispose()
    {
        _handler.Dispose();
        Host.Dispose();
    }
}
