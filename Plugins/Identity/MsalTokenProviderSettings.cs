using System;
using Microsoft.Identity.Client;

namespace DualWrite.Plugins.Identity;

/// <summary>The app registration MSAL acquires Finance tokens for: tenant, client id, credential and authority host.</summary>
public sealed class MsalTokenProviderSettings
{
    /// <summary>The public cloud's Microsoft Entra ID.</summary>
    public static readonly Uri PublicCloud = new("https://login.microsoftonline.com");

    public MsalTokenProviderSettings(string tenantId, string clientId, MsalClientCredential credential, Uri? authorityHost = null, IMsalHttpClientFactory? httpClientFactory = null)
    {
        if (string.IsNullOrWhiteSpace(tenantId))
        {
            throw new ArgumentException("The tenant for Finance's app registration is not set.", nameof(tenantId));
        }

        if (string.IsNullOrWhiteSpace(clientId))
        {
            throw new ArgumentException("The client id of Finance's app registration is not set.", nameof(clientId));
        }

        authorityHost ??= PublicCloud;
        if (!authorityHost.IsAbsoluteUri || authorityHost.Scheme != Uri.UriSchemeHttps)
        {
            throw new ArgumentException($"The authority host '{authorityHost}' must be an absolute https URL.", nameof(authorityHost));
        }

        TenantId = tenantId.Trim();
        ClientId = clientId.Trim();
        Credential = credential ?? throw new ArgumentNullException(nameof(credential));
        AuthorityHost = new Uri(authorityHost.GetLeftPart(UriPartial.Authority));
        HttpClientFactory = httpClientFactory;
    }

    public string TenantId { get; }

    public string ClientId { get; }

    public MsalClientCredential Credential { get; }

    /// <summary>https://login.microsoftonline.com, a sovereign cloud's host, or any OpenID Connect issuer's host (the emulator).</summary>
    public Uri AuthorityHost { get; }

    /// <summary>How MSAL reaches the authority; null for MSAL's own.</summary>
    public IMsalHttpClientFactory? HttpClientFactory { get; }
}
