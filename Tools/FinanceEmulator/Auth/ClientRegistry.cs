using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text;

namespace DualWrite.FinanceEmulator.Auth;

/// <summary>The app registrations the token endpoint knows: a client id with a secret or with a certificate.</summary>
public sealed class ClientRegistry
{
    private const string AssertionType = "urn:ietf:params:oauth:client-assertion-type:jwt-bearer";
    private readonly ConcurrentDictionary<string, string> _secrets = new(StringComparer.OrdinalIgnoreCase);
    private readonly ConcurrentDictionary<string, X509Certificate2> _certificates = new(StringComparer.OrdinalIgnoreCase);

    public void AddSecret(string clientId, string secret) => _secrets[clientId] = secret;

    /// <summary>The certificate whose public key checks the client's signed assertions.</summary>
    public void AddCertificate(string clientId, X509Certificate2 certificate) => _certificates[clientId] = certificate;

    /// <summary>The client the form proves to be, or the OAuth error that refuses it.</summary>
    internal (string? ClientId, string? Error) Authenticate(IReadOnlyDictionary<string, string> form, IReadOnlyCollection<string> assertionAudiences)
    {
        string clientId = form.GetValueOrDefault("client_id", "");
        if (form.TryGetValue("client_secret", out string? secret))
        {
            return _secrets.TryGetValue(clientId, out string? expected) && FixedTimeEquals(expected, secret)
                ? (clientId, null)
                : (null, "AADSTS7000215: Invalid client secret provided.");
        }

        if (form.GetValueOrDefault("client_assertion_type") == AssertionType && form.TryGetValue("client_assertion", out string? assertion))
        {
            return CheckAssertion(clientId, assertion, assertionAudiences);
        }

        return (null, "AADSTS7000216: 'client_assertion', 'client_secret' or 'request' is required for the 'client_credentials' grant type.");
    }

    private (string? ClientId, string? Error) CheckAssertion(string clientId, string assertion, IReadOnlyCollection<string> audiences)
    {
        Jwt? jwt = Jwt.TryParse(assertion);
        if (jwt is null || !_certificates.TryGetValue(clientId, out X509Certificate2? certificate))
        {
            return (null, "AADSTS700027: Client assertion contains an invalid signature or the client has no certificate.");
        }

        using RSA? key = certificate.GetRSAPublicKey();
        if (key is null || !jwt.IsSignedBy(key))
        {
            return (null, "AADSTS700027: Client assertion contains an invalid signature.");
        }

        if (jwt.Claim("iss") != clientId || jwt.Claim("sub") != clientId)
        {
            return (null, "AADSTS700021: Client assertion issuer and subject must be the client id.");
        }

        if (jwt.Claim("aud") is not string audience || !audiences.Contains(audience))
        {
            return (null, $"AADSTS700024: Client assertion audience '{jwt.Claim("aud")}' is not this token endpoint.");
        }

        return jwt.Time("exp") is DateTimeOffset expiry && expiry > DateTimeOffset.UtcNow
            ? (clientId, null)
            : (null, "AADSTS700024: Client assertion is expired.");
    }

    private static bool FixedTimeEquals(string expected, string actual) =>
        CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(expected), Encoding.UTF8.GetBytes(actual));
}
