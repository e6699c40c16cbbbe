using System;
using System.Collections.Generic;
using Microsoft.Identity.Client;

namespace DualWrite.Plugins.Identity;

/// <summary>
/// Points MSAL at the right authority: a Microsoft Entra cloud by its host and tenant (MSAL knows these hosts), or
/// any other host as a generic OpenID Connect issuer at &lt;host&gt;/&lt;tenant&gt;/v2.0, whose discovery document
/// names the token endpoint. The Finance emulator is such an issuer.
/// </summary>
internal static class EntraAuthority
{
    private static readonly HashSet<string> s_entraHosts = new(StringComparer.OrdinalIgnoreCase)
    {
        "login.microsoftonline.com",
        "login.microsoftonline.us",
        "login.chinacloudapi.cn",
        "login.partner.microsoftonline.cn",
    };

    public static bool IsEntraCloud(Uri host) => s_entraHosts.Contains(host.Host);

    public static string Describe(MsalTokenProviderSettings settings) =>
        IsEntraCloud(settings.AuthorityHost) ? $"{settings.AuthorityHost.AbsoluteUri}{settings.TenantId}" : OidcIssuer(settings);

    public static ConfidentialClientApplicationBuilder ApplyTo(ConfidentialClientApplicationBuilder builder, MsalTokenProviderSettings settings) =>
        IsEntraCloud(settings.AuthorityHost)
            ? builder.WithAuthority(settings.AuthorityHost.AbsoluteUri, settings.TenantId)
            : builder.WithOidcAuthority(OidcIssuer(settings));

    private static string OidcIssuer(MsalTokenProviderSettings settings) => $"{settings.AuthorityHost.AbsoluteUri}{settings.TenantId}/v2.0";
}
