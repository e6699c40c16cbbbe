using System;
using System.Text.Json;

namespace DualWrite.Benchmarks.Naive;

/// <summary>What a first attempt puts in its step's secure configuration: Finance's URL and the app's secret, all in one JSON.</summary>
public sealed class NaiveSettings
{
    public NaiveSettings(Uri financeUrl, Uri authorityHost, string tenantId, string clientId, string clientSecret)
    {
        FinanceUrl = financeUrl;
        AuthorityHost = authorityHost;
        TenantId = tenantId;
        ClientId = clientId;
        ClientSecret = clientSecret;
    }

    public Uri FinanceUrl { get; }

    public Uri AuthorityHost { get; }

    public string TenantId { get; }

    public string ClientId { get; }

    public string ClientSecret { get; }

    public static NaiveSettings Parse(string? secureConfiguration)
    {
        using JsonDocument document = JsonDocument.Parse(secureConfiguration ?? throw new ArgumentNullException(nameof(secureConfiguration)));
        JsonElement root = document.RootElement;
        string Text(string name) => root.GetProperty(name).GetString() ?? throw new ArgumentException($"The naive plug-in's secure configuration has no '{name}'.", nameof(secureConfiguration));
        return new NaiveSettings(new Uri(Text("financeUrl")), new Uri(Text("authorityHost")), Text("tenantId"), Text("clientId"), Text("clientSecret"));
    }

    public string ToJson() => JsonSerializer.Serialize(new
    {
        financeUrl = FinanceUrl.AbsoluteUri,
        authorityHost = AuthorityHost.AbsoluteUri,
        tenantId = TenantId,
        clientId = ClientId,
        clientSecret = ClientSecret,
    });
}
