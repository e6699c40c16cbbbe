using System;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace DualWrite.FinanceEmulator.Auth;

/// <summary>A compact JWS: its header and claims parsed, and its signature checked against an RSA key (RS256 or PS256).</summary>
internal sealed class Jwt
{
    private readonly string _signedPart;
    private readonly byte[] _signature;

    private Jwt(string signedPart, byte[] signature, JsonObject header, JsonObject claims)
    {
        _signedPart = signedPart;
        _signature = signature;
        Header = header;
        Claims = claims;
    }

    public JsonObject Header { get; }

    public JsonObject Claims { get; }

    public static Jwt? TryParse(string text)
    {
        string[] parts = text.Split('.');
        if (parts.Length != 3)
        {
            return null;
        }

        try
        {
            JsonObject? header = JsonNode.Parse(Base64Url.Decode(parts[0])) as JsonObject;
            JsonObject? claims = JsonNode.Parse(Base64Url.Decode(parts[1])) as JsonObject;
            return header is null || claims is null ? null : new Jwt(parts[0] + "." + parts[1], Base64Url.Decode(parts[2]), header, claims);
        }
        catch (Exception e) when (e is FormatException or JsonException)
        {
            return null;
        }
    }

    public static string Sign(JsonObject claims, RSA key, string keyId)
    {
        var header = new JsonObject { ["alg"] = "RS256", ["typ"] = "JWT", ["kid"] = keyId };
        string signedPart = Base64Url.Encode(Encoding.UTF8.GetBytes(header.ToJsonString())) + "." + Base64Url.Encode(Encoding.UTF8.GetBytes(claims.ToJsonString()));
        byte[] signature = key.SignData(Encoding.UTF8.GetBytes(signedPart), HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        return signedPart + "." + Base64Url.Encode(signature);
    }

    public bool IsSignedBy(RSA key)
    {
        RSASignaturePadding? padding = (string?)Header["alg"] switch
        {
            "RS256" => RSASignaturePadding.Pkcs1,
            "PS256" => RSASignaturePadding.Pss,
            _ => null,
        };
        return padding is not null && key.VerifyData(Encoding.UTF8.GetBytes(_signedPart), _signature, HashAlgorithmName.SHA256, padding);
    }

    public string? Claim(string name) => Claims[name] is JsonValue value && value.TryGetValue(out string? text) ? text : null;

    /// <summary>A NumericDate claim (exp, nbf) as a moment; null when absent.</summary>
    public DateTimeOffset? Time(string name) =>
        Claims[name] is JsonValue value && long.TryParse(value.ToString(), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out long seconds)
            ? DateTimeOffset.FromUnixTimeSeconds(seconds)
            : null;
}
