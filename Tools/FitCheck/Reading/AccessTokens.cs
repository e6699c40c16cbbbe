using System;
using System.IO;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using DualWrite.FitCheck.Options;
using DualWrite.Plugins.Identity;
using Microsoft.Identity.Client;

namespace DualWrite.FitCheck.Reading;

/// <summary>
/// Bearer tokens for Finance and Dataverse: the one an environment variable gives, else one MSAL acquires with client
/// credentials (the certificate of --certificate, else the client secret from the environment) for the resource's
/// "/.default" scope, exactly as the plug-ins sign in to Finance.
/// </summary>
public sealed class AccessTokens
{
    private readonly FitCheckOptions _options;
    private readonly Func<string, string?> _environment;
    private readonly IMsalHttpClientFactory? _msalHttp;

    public AccessTokens(FitCheckOptions options, Func<string, string?> environment, IMsalHttpClientFactory? msalHttp)
    {
        _options = options;
        _environment = environment;
        _msalHttp = msalHttp;
    }

    /// <summary>Who the tokens speak for, as a 401/403 message names it.</summary>
    public string SignedInAs(string tokenVariable) =>
        !string.IsNullOrEmpty(_environment(tokenVariable)) ? $"the token in {tokenVariable}"
            : $"app registration (client id) {_options.ClientId} in tenant {_options.TenantId}";

    public string For(string service, Uri resource, Uri? authorityHost, string tokenVariable)
    {
        string? given = _environment(tokenVariable);
        if (!string.IsNullOrEmpty(given))
        {
            return given.Trim();
        }

        if (string.IsNullOrWhiteSpace(_options.TenantId) || string.IsNullOrWhiteSpace(_options.ClientId))
        {
            throw FitCheckException.BadInput($"Reading {service} live needs a sign-in: --tenant and --client-id with a client secret in {FitCheckHelp.ClientSecretVariable} or --certificate, or a bearer token in {tokenVariable}.");
        }

        var settings = new MsalTokenProviderSettings(_options.TenantId, _options.ClientId, Credential(), authorityHost, _msalHttp);
        try
        {
            return new MsalTokenProvider(settings).AcquireToken(resource.AbsoluteUri.TrimEnd('/') + "/.default");
        }
        catch (TokenAcquisitionException e)
        {
            throw FitCheckException.Unreachable($"Signing in to {service} failed. Check app registration (client id) {_options.ClientId} in tenant {_options.TenantId}: its {settings.Credential.Description}, and that the tenant and authority host are right. {e.Message}", e);
        }
    }

    private MsalClientCredential Credential()
    {
        if (_options.CertificateFile is string file)
        {
            try
            {
                return MsalClientCredential.FromCertificate(X509CertificateLoader.LoadPkcs12FromFile(file, _environment(FitCheckHelp.CertificatePasswordVariable)));
            }
            catch (Exception e) when (e is IOException or CryptographicException or UnauthorizedAccessException or ArgumentException)
            {
                throw FitCheckException.BadInput($"--certificate {file}: cannot load it as a .pfx with a private key (password from {FitCheckHelp.CertificatePasswordVariable}): {e.Message}", e);
            }
        }

        string? secret = _environment(FitCheckHelp.ClientSecretVariable);
        return string.IsNullOrWhiteSpace(secret)
            ? throw FitCheckException.BadInput($"No credential for app registration {_options.ClientId}: set {FitCheckHelp.ClientSecretVariable} to its client secret, or give --certificate FILE.pfx.")
            : MsalClientCredential.FromSecret(secret);
    }
}
