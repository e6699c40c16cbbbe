using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Security.Cryptography;
using System.Text.Json.Nodes;

namespace DualWrite.FinanceEmulator.Auth;

/// <summary>Issues RS256 access tokens for Finance's audience and checks the ones data calls present.</summary>
public sealed class TokenIssuer : IDisposable
{
    private const string KeyId = "finance-emulator";
    private readonly RSA _key = RSA.Create(2048);
    private readonly ConcurrentQueue<string> _issued = new();

    public TokenIssuer(string audience, TimeSpan lifetime)
    {
        Audience = audience;
        Lifetime = lifetime;
    }

    /// <summary>The Finance URL without a trailing slash, as Microsoft Entra ID names Finance's resource.</summary>
    public string Audience { get; }

    /// <summary>How long issued tokens live; a test may shorten it.</summary>
    public TimeSpan Lifetime { get; set; }

    /// <summary>Every token handed out, so that a test can check none of them leaked into a log, trace or message.</summary>
    public IReadOnlyCollection<string> Issued => _issued.ToArray();

    public string Issue(string issuer, string clientId, string tenant)
    {
        DateTimeOffset now = DateTimeOffset.UtcNow;
        var claims = new JsonObject
        {
            ["aud"] = Audience,
            ["iss"] = issuer,
            ["appid"] = clientId,
            ["tid"] = tenant,
            ["sub"] = clientId,
            ["iat"] = now.ToUnixTimeSeconds(),
            ["nbf"] = now.ToUnixTimeSeconds(),
            ["exp"] = (now + Lifetime).ToUnixTimeSeconds(),
        };
        string token = Jwt.Sign(claims, _key, KeyId);
        _issued.Enqueue(token);
        return token;
    }

    /// <summary>Null when the token is good; otherwise why not, as a WWW-Authenticate error description.</summary>
    public string? Reject(string? token)
    {
        Jwt? jwt = token is null ? null : Jwt.TryParse(token);
        if (jwt is null)
        {
            return "The token is missing or is not a JWT.";
        }

        if (!jwt.IsSignedBy(_key))
        {
            return "The token's signature is invalid.";
        }

        if (jwt.Claim("aud") != Audience)
        {
            return $"The token's audience is not {Audience}.";
        }

        DateTimeOffset now = DateTimeOffset.UtcNow;
        return jwt.Time("exp") is not DateTimeOffset expiry || expiry <= now ? "The token is expired."
            : jwt.Time("nbf") is DateTimeOffset notBefore && notBefore > now.AddMinutes(5) ? "The token is not yet valid."
            : null;
    }

    public void Dispose() => _key.Dispose();
}
