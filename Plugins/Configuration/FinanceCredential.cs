using System;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text.Json;
using DualWrite.Plugins.Identity;

namespace DualWrite.Plugins.Configuration;

/// <summary>
/// How the plug-ins prove themselves to Finance, from the step's secure configuration (never exported with the
/// solution): <c>{"clientSecret":"..."}</c>, <c>{"certificate":"&lt;base64 PKCS#12&gt;","certificatePassword":"..."}</c>,
/// or nothing at all for the managed identity bound to the plug-in package. Errors never repeat a secret.
/// </summary>
public sealed class FinanceCredential
{
    private const string Source = "the step's secure configuration";

    private FinanceCredential(MsalClientCredential? clientCredential) => ClientCredential = clientCredential;

    /// <summary>The app registration's secret or certificate; null for the managed identity.</summary>
    public MsalClientCredential? ClientCredential { get; }

    public bool IsManagedIdentity => ClientCredential is null;

    public static FinanceCredential ManagedIdentity { get; } = new(null);

    public static FinanceCredential Parse(string? secureConfiguration)
    {
        if (string.IsNullOrWhiteSpace(secureConfiguration))
        {
            return ManagedIdentity;
        }

        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(secureConfiguration!);
        }
        catch (JsonException e)
        {
            // The reader's message quotes position, never content.
            throw new ConfigurationException($"{Capitalized} is not valid JSON ({e.Message}); it must be {{\"clientSecret\":\"...\"}} or {{\"certificate\":\"<base64 PKCS#12>\",\"certificatePassword\":\"...\"}}.");
        }

        using (document)
        {
            JsonElement root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                throw new ConfigurationException($"{Capitalized} must be a JSON object with clientSecret, or certificate and certificatePassword.");
            }

            string? secret = null;
            string? certificate = null;
            string? password = null;
            foreach (JsonProperty property in JsonMembers.Unique(root, Capitalized))
            {
                string value = property.Value.ValueKind == JsonValueKind.String
                    ? property.Value.GetString()!
                    : throw new ConfigurationException($"{Capitalized}: '{property.Name}' must be text.");
                switch (property.Name)
                {
                    case "clientSecret": secret = value; break;
                    case "certificate": certificate = value; break;
                    case "certificatePassword": password = value; break;
                    default: throw new ConfigurationException($"{Capitalized} has an unknown property '{property.Name}'; it knows clientSecret, certificate and certificatePassword.");
                }
            }

            return (secret, certificate) switch
            {
                (not null, not null) => throw new ConfigurationException($"{Capitalized} sets both clientSecret and certificate; set one."),
                (not null, null) when secret.Trim().Length == 0 => throw new ConfigurationException($"{Capitalized}: clientSecret is empty."),
                (not null, null) => new FinanceCredential(MsalClientCredential.FromSecret(secret)),
                (null, not null) => new FinanceCredential(MsalClientCredential.FromCertificate(LoadCertificate(certificate, password))),
                _ when password is not null => throw new ConfigurationException($"{Capitalized} sets certificatePassword but no certificate."),
                _ => ManagedIdentity,
            };
        }
    }

    private static string Capitalized => char.ToUpperInvariant(Source[0]) + Source.Substring(1);

    private static X509Certificate2 LoadCertificate(string base64, string? password)
    {
        byte[] bytes;
        try
        {
            bytes = Convert.FromBase64String(base64);
        }
        catch (FormatException)
        {
            throw new ConfigurationException($"{Capitalized}: certificate is not base64 text (export the certificate with its private key as PKCS#12/.pfx and base64-encode it).");
        }

        X509Certificate2 certificate;
        try
        {
#if NET9_0_OR_GREATER
            certificate = X509CertificateLoader.LoadPkcs12(bytes, password, X509KeyStorageFlags.EphemeralKeySet);
#else
            // No ephemeral key sets before .NET Framework 4.7.2; the machine key set is what the sandbox lets a plug-in use.
            certificate = new X509Certificate2(bytes, password, X509KeyStorageFlags.MachineKeySet);
#endif
        }
        catch (CryptographicException)
        {
            throw new ConfigurationException($"{Capitalized}: certificate could not be opened as PKCS#12 with the given certificatePassword.");
        }

        return certificate.HasPrivateKey
            ? certificate
            : throw new ConfigurationException($"{Capitalized}: certificate {certificate.Thumbprint} has no private key, so it cannot sign Finance's client assertion.");
    }
}
