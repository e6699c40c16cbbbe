using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Nodes;

namespace DualWrite.FinanceEmulator.Auth;

/// <summary>
/// What MSAL needs to get a client-credentials token: an OpenID Connect discovery document per tenant at
/// /{tenant}/v2.0/.well-known/openid-configuration and the token endpoint /{tenant}/oauth2/v2.0/token, which
/// checks the client (secret or signed assertion) and the scope (Finance's "/.default").
/// </summary>
internal sealed class TokenEndpoint
{
    private readonly Uri _baseUrl;
    private readonly ClientRegistry _clients;
    private readonly TokenIssuer _issuer;

    public TokenEndpoint(Uri baseUrl, ClientRegistry clients, TokenIssuer issuer)
    {
        _baseUrl = baseUrl;
        _clients = clients;
        _issuer = issuer;
    }

    public static bool IsDiscovery(string path, out string tenant) => Match(path, "/v2.0/.well-known/openid-configuration", out tenant);

    public static bool IsToken(string path, out string tenant) => Match(path, "/oauth2/v2.0/token", out tenant);

    /// <summary>The fields of an application/x-www-form-urlencoded body, as the token request sends them.</summary>
    public static Dictionary<string, string> Form(string body) =>
        body.Split('&', StringSplitOptions.RemoveEmptyEntries)
            .Select(pair => pair.Split('=', 2))
            .GroupBy(p => Uri.UnescapeDataString(p[0].Replace('+', ' ')))
            .ToDictionary(g => g.Key, g => Uri.UnescapeDataString(g.Last().ElementAtOrDefault(1)?.Replace('+', ' ') ?? ""), StringComparer.Ordinal);

    public JsonObject Discovery(string tenant) => new()
    {
        ["issuer"] = Issuer(tenant),
        ["authorization_endpoint"] = $"{Root}/{tenant}/oauth2/v2.0/authorize",
        ["token_endpoint"] = TokenUrl(tenant),
        ["jwks_uri"] = $"{Root}/{tenant}/discovery/v2.0/keys",
        ["response_types_supported"] = new JsonArray("code", "id_token", "token"),
        ["subject_types_supported"] = new JsonArray("pairwise"),
        ["id_token_signing_alg_values_supported"] = new JsonArray("RS256"),
        ["token_endpoint_auth_methods_supported"] = new JsonArray("client_secret_post", "private_key_jwt"),
        ["grant_types_supported"] = new JsonArray("client_credentials"),
        ["scopes_supported"] = new JsonArray("openid"),
    };

    /// <summary>The status and JSON of the token endpoint's answer.</summary>
    public (int Status, JsonObject Body) Token(string tenant, IReadOnlyDictionary<string, string> form)
    {
        if (form.GetValueOrDefault("grant_type") != "client_credentials")
        {
            return Error(400, "unsupported_grant_type", "AADSTS70003: The emulator supports the client_credentials grant only.");
        }

        (string? clientId, string? refusal) = _clients.Authenticate(form, [TokenUrl(tenant), Issuer(tenant)]);
        if (clientId is null)
        {
            return Error(401, "invalid_client", refusal!);
        }

        string expectedScope = _issuer.Audience + "/.default";
        if (!string.Equals(form.GetValueOrDefault("scope"), expectedScope, StringComparison.Ordinal))
        {
            return Error(400, "invalid_scope", $"AADSTS500011: The resource principal named {form.GetValueOrDefault("scope")} was not found; this Finance is {expectedScope}.");
        }

        int lifetime = (int)_issuer.Lifetime.TotalSeconds;
        return (200, new JsonObject
        {
            ["token_type"] = "Bearer",
            ["expires_in"] = lifetime,
            ["ext_expires_in"] = lifetime,
            ["access_token"] = _issuer.Issue(Issuer(tenant), clientId, tenant),
        });
    }

    private string Root => _baseUrl.AbsoluteUri.TrimEnd('/');

    private string Issuer(string tenant) => $"{Root}/{tenant}/v2.0";

    private string TokenUrl(string tenant) => $"{Root}/{tenant}/oauth2/v2.0/token";

    private static (int, JsonObject) Error(int status, string error, string description) =>
        (status, new JsonObject { ["error"] = error, ["error_description"] = description, ["error_codes"] = new JsonArray(), ["timestamp"] = DateTimeOffset.UtcNow.ToString("u") });

    private static bool Match(string path, string suffix, out string tenant)
    {
        tenant = "";
        if (!path.EndsWith(suffix, StringComparison.Ordinal))
        {
            return false;
        }

        string head = path[..^suffix.Length].Trim('/');
        if (head.Length == 0 || head.Contains('/'))
        {
            return false;
        }

        tenant = Uri.UnescapeDataString(head);
        return true;
    }
}
