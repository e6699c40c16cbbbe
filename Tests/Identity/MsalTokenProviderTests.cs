using System;
using System.Collections.Generic;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using DualWrite.Plugins.Finance;
using DualWrite.Plugins.Identity;
using DualWrite.Tests.FinanceEmulator;
using Microsoft.Identity.Client;
using Xunit;

namespace DualWrite.Tests.Identity;

/// <summary>The MSAL provider against the emulator's token endpoint, through the real MSAL library.</summary>
public sealed class MsalTokenProviderTests : IDisposable
{
    private readonly EmulatorSession _session = new();

    public void Dispose() => _session.Dispose();

    /// <summary>MSAL's: it refreshes a token this long before it expires.</summary>
    private static readonly TimeSpan RefreshMargin = TimeSpan.FromMinutes(5);

    private string Scope => _session.Settings().Scope;

    [Fact]
    public void AClientSecretGetsATokenFinanceAccepts()
    {
        string token = new MsalTokenProvider(_session.MsalSettings()).AcquireToken(Scope);

        Assert.Null(_session.Host.Tokens.Reject(token));
        Assert.Equal(1, _session.Host.Log.TokenRequests);
    }

    [Fact]
    public void ACertificateGetsATokenThroughASignedClientAssertion()
    {
        using X509Certificate2 certificate = ClientCertificate();
        string clientId = Guid.NewGuid().ToString();
        _session.Host.Clients.AddCertificate(clientId, X509CertificateLoader.LoadCertificate(certificate.RawData));

        string token = new MsalTokenProvider(_session.MsalSettings(MsalClientCredential.FromCertificate(certificate), clientId)).AcquireToken(Scope);

        Assert.Null(_session.Host.Tokens.Reject(token));
        Assert.Contains("client_assertion=(redacted)", Assert.Single(_session.Host.Log.Entries, e => e.IsTokenRequest).Body, StringComparison.Ordinal);
    }

    [Fact]
    public void ProvidersForTheSameAppShareOneCachedToken()
    {
        string first = new MsalTokenProvider(_session.MsalSettings()).AcquireToken(Scope);
        string second = new MsalTokenProvider(_session.MsalSettings()).AcquireToken(Scope);

        Assert.Equal(first, second);
        Assert.Equal(1, _session.Host.Log.TokenRequests);
    }

    [Fact]
    public void AFreshTokenIsServedAgainWithoutAskingMsal()
    {
        AuthenticationResult first = new MsalTokenProvider(_session.MsalSettings()).AcquireResult(Scope);
        AuthenticationResult second = new MsalTokenProvider(_session.MsalSettings()).AcquireResult(Scope);

        // MSAL builds a new result on every call, even from its own cache: the same object means it was not asked.
        Assert.Same(first, second);
        Assert.True(first.ExpiresOn - DateTimeOffset.UtcNow > RefreshMargin);
        Assert.Equal(1, _session.Host.Log.TokenRequests);
    }

    [Fact]
    public void ATokenWithinMsalsRefreshMarginIsAskedForAgain()
    {
        using var session = new EmulatorSession(options => options.TokenLifetime = RefreshMargin - TimeSpan.FromMinutes(1));

        string scope = session.Settings().Scope;

        AuthenticationResult first = new MsalTokenProvider(session.MsalSettings()).AcquireResult(scope);
        AuthenticationResult second = new MsalTokenProvider(session.MsalSettings()).AcquireResult(scope);

        // Neither this cache nor MSAL's serves a token that close to expiry: the second call reaches the token endpoint.
        Assert.NotSame(first, second);
        Assert.Equal(2, session.Host.Log.TokenRequests);
        Assert.Null(session.Host.Tokens.Reject(second.AccessToken));
    }

    [Fact]
    public void AWrongSecretIsRefusedWithAMessageThatNamesTheClientButNotTheSecret()
    {
        const string wrong = "wrong-secret-do-not-show";
        var provider = new MsalTokenProvider(_session.MsalSettings(MsalClientCredential.FromSecret(wrong)));

        TokenAcquisitionException e = _session.Fails<TokenAcquisitionException>(() => provider.AcquireToken(Scope));

        Assert.Contains(_session.ClientId, e.Message, StringComparison.Ordinal);
        Assert.Contains("invalid_client", e.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(wrong, e.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void AWrongScopeIsRefused()
    {
        TokenAcquisitionException e = _session.Fails<TokenAcquisitionException>(() =>
            new MsalTokenProvider(_session.MsalSettings()).AcquireToken("https://other.operations.dynamics.com/.default"));

        Assert.Contains("invalid_scope", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AFinanceClientWithoutATokenNamesTheRequestItCouldNotSend()
    {
        var client = new FinanceClient(_session.Settings(), new MsalTokenProvider(_session.MsalSettings(MsalClientCredential.FromSecret("not-the-secret"))), _session.Traces, _session.Transport);

        FinanceException e = _session.Fails<FinanceException>(() => client.Create(TestEntities.Projects, new Dictionary<string, object?> { ["ProjectID"] = "P-1" }));

        Assert.StartsWith("No token for Finance, so POST ProjectsV2 was not sent:", e.Message, StringComparison.Ordinal);
        Assert.Equal(0, _session.Host.Log.DataRequests);
    }

    [Theory]
    [InlineData("", "client", "tenant")]
    [InlineData("tenant", " ", "client id")]
    public void SettingsRefuseAMissingTenantOrClient(string tenant, string client, string named)
    {
        ArgumentException e = Assert.Throws<ArgumentException>(() => new MsalTokenProviderSettings(tenant, client, MsalClientCredential.FromSecret("x")));

        Assert.Contains(named, e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void SettingsRefuseAnAuthorityThatIsNotHttps()
    {
        Assert.Throws<ArgumentException>(() => new MsalTokenProviderSettings("t", "c", MsalClientCredential.FromSecret("x"), new Uri("http://login.example.com")));
    }

    [Fact]
    public void ACredentialDescribesItselfWithoutItsSecret()
    {
        MsalClientCredential credential = MsalClientCredential.FromSecret("hide-me");

        Assert.Equal("a client secret", credential.ToString());
    }

    [Fact]
    public void ACertificateWithoutAPrivateKeyIsRefused()
    {
        using X509Certificate2 certificate = ClientCertificate();
        using X509Certificate2 publicOnly = X509CertificateLoader.LoadCertificate(certificate.RawData);

        ArgumentException e = Assert.Throws<ArgumentException>(() => MsalClientCredential.FromCertificate(publicOnly));
        Assert.Contains("no private key", e.Message, StringComparison.Ordinal);
    }

    private static X509Certificate2 ClientCertificate()
    {
        using RSA key = RSA.Create(2048);
        var request = new CertificateRequest("CN=DualWrite test client", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        return request.CreateSelfSigned(DateTimeOffset.UtcNow.AddMinutes(-5), DateTimeOffset.UtcNow.AddDays(1));
    }
}
