using System;
using System.Collections.Concurrent;
using Microsoft.Identity.Client;

namespace DualWrite.Plugins.Identity;

/// <summary>
/// Client-credentials tokens from Microsoft Entra ID through MSAL. The confidential client application is kept in
/// a static, one per authority, tenant, client and credential, so its token cache serves later executions in the
/// same sandbox worker: in steady state a sync asks for no token at all. The token itself is then served from
/// <see cref="FreshTokenCache"/> while fresh, without asking MSAL.
/// </summary>
public sealed class MsalTokenProvider : ITokenProvider
{
    // Safe for concurrent use and only ever added to; a rotated credential gets an application of its own.
    // Keyed by value (authority, tenant, client, credential fingerprint), so finding it builds no string.
    private static readonly ConcurrentDictionary<(string Authority, string Tenant, string Client, string Credential), IConfidentialClientApplication> s_applications = new();

    private readonly MsalTokenProviderSettings _settings;
    private readonly IConfidentialClientApplication _application;

    public MsalTokenProvider(MsalTokenProviderSettings settings)
    {
        _settings = settings ?? throw new ArgumentNullException(nameof(settings));
        var key = (settings.AuthorityHost.AbsoluteUri, settings.TenantId, settings.ClientId, settings.Credential.Fingerprint);
        _application = s_applications.TryGetValue(key, out IConfidentialClientApplication? application) ? application : s_applications.GetOrAdd(key, _ => Build(settings));
    }

    public string AcquireToken(string scope) => AcquireResult(scope).AccessToken;

    /// <summary>The whole result MSAL gave for the scope, expiry included: a fresh one kept from an earlier call, or a new one.</summary>
    public AuthenticationResult AcquireResult(string scope)
    {
        if (FreshTokenCache.TryGet(_application, scope, DateTimeOffset.UtcNow, out AuthenticationResult cached))
        {
            return cached;
        }

        try
        {
            // MSAL offers no blocking call. The sandbox gives plug-ins no synchronization context, so blocking on
            // the result cannot deadlock; MSAL serves a cached token without any network call.
            AuthenticationResult result = _application.AcquireTokenForClient([scope]).ExecuteAsync().GetAwaiter().GetResult();
            FreshTokenCache.Remember(_application, scope, result);
            return result;
        }
        catch (Exception e)
        {
            // MSAL's own errors carry a code (invalid_client, AADSTS…); network failures reach here unwrapped.
            string reason = e is MsalException msal ? $"{msal.ErrorCode}: {msal.Message}" : e.Message;
            throw new TokenAcquisitionException(
                $"Microsoft Entra ID gave no token for scope '{scope}' to client {_settings.ClientId} ({_settings.Credential.Description}) at {EntraAuthority.Describe(_settings)}: {reason}",
                e);
        }
    }

    private static IConfidentialClientApplication Build(MsalTokenProviderSettings settings)
    {
        ConfidentialClientApplicationBuilder builder = ConfidentialClientApplicationBuilder.Create(settings.ClientId);
        builder = EntraAuthority.ApplyTo(builder, settings);
        builder = settings.Credential.ApplyTo(builder);
        if (settings.HttpClientFactory is not null)
        {
            builder = builder.WithHttpClientFactory(settings.HttpClientFactory);
        }

        return builder.Build();
    }
}
