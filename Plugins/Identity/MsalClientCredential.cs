using System;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text;
using Microsoft.Identity.Client;

namespace DualWrite.Plugins.Identity;

/// <summary>
/// How the app registration proves itself to Microsoft Entra ID: a client secret or a certificate (MSAL signs a
/// client assertion with it). It describes itself without ever showing the secret.
/// </summary>
public sealed class MsalClientCredential
{
    private readonly string? _secret;
    private readonly X509Certificate2? _certificate;

    private MsalClientCredential(string? secret, X509Certificate2? certificate, string fingerprint, string description)
    {
        _secret = secret;
        _certificate = certificate;
        Fingerprint = fingerprint;
        Description = description;
    }

    /// <summary>Tells credentials apart without revealing them: a hash of the secret, or the certificate's thumbprint.</summary>
    internal string Fingerprint { get; }

    /// <summary>"a client secret" or "certificate &lt;thumbprint&gt;".</summary>
    public string Description { get; }

    public static MsalClientCredential FromSecret(string secret)
    {
        if (string.IsNullOrWhiteSpace(secret))
        {
            throw new ArgumentException("The client secret for Finance is empty.", nameof(secret));
        }

        using var sha = SHA256.Create();
        string hash = BitConverter.ToString(sha.ComputeHash(Encoding.UTF8.GetBytes(secret))).Replace("-", "");
        return new MsalClientCredential(secret, null, "secret:" + hash, "a client secret");
    }

    public static MsalClientCredential FromCertificate(X509Certificate2 certificate)
    {
        if (certificate is null)
        {
            throw new ArgumentNullException(nameof(certificate));
        }

        if (!certificate.HasPrivateKey)
        {
            throw new ArgumentException($"Certificate {certificate.Thumbprint} for Finance has no private key, so it cannot sign a client assertion.", nameof(certificate));
        }

        return new MsalClientCredential(null, certificate, "certificate:" + certificate.Thumbprint, "certificate " + certificate.Thumbprint);
    }

    internal ConfidentialClientApplicationBuilder ApplyTo(ConfidentialClientApplicationBuilder builder) =>
        _certificate is not null ? builder.WithCertificate(_certificate) : builder.WithClientSecret(_secret!);

    public override string ToString() => Description;
}
