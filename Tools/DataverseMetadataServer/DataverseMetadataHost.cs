using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Net.Security;
using System.Security.Cryptography.X509Certificates;
using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using System.Threading.Tasks;
using DualWrite.FinanceEmulator.Auth;
using DualWrite.FinanceEmulator.Hosting;
using DualWrite.Schema.Dataverse;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace DualWrite.DataverseMetadataServer;

/// <summary>
/// A Dataverse Web API on 127.0.0.1 (HTTPS, its own certificate) answering the metadata requests the fit check makes,
/// /api/data/v9.2/EntityDefinitions(LogicalName='x') with $expand=Attributes,Keys and the choice casts, from a table
/// snapshot; with a token endpoint for MSAL whose tokens carry the server's URL as audience. Anything else is 404.
/// </summary>
public sealed partial class DataverseMetadataHost : IAsyncDisposable, IDisposable
{
    private const string ApiRoot = "/api/data/v9.2/";
    private readonly WebApplication _app;
    private readonly DataverseSnapshot _tables;
    private readonly ConcurrentQueue<string> _requests = new();
    private readonly TokenEndpoint _tokenEndpoint;

    private DataverseMetadataHost(WebApplication app, X509Certificate2 certificate, DataverseSnapshot tables, Uri baseUrl, TimeSpan tokenLifetime)
    {
        _app = app;
        Certificate = certificate;
        _tables = tables;
        BaseUrl = baseUrl;
        Tokens = new TokenIssuer(baseUrl.AbsoluteUri.TrimEnd('/'), tokenLifetime);
        _tokenEndpoint = new TokenEndpoint(baseUrl, Clients, Tokens);
    }

    /// <summary>https://127.0.0.1:&lt;port&gt;: the environment's URL, the tokens' audience and the authority host.</summary>
    public Uri BaseUrl { get; }

    public X509Certificate2 Certificate { get; }

    public ClientRegistry Clients { get; } = new();

    public TokenIssuer Tokens { get; }

    /// <summary>Every request's method and target (path and query), in order; never a header or a body.</summary>
    public IReadOnlyList<string> Requests => _requests.ToArray();

    public static async Task<DataverseMetadataHost> StartAsync(DataverseMetadataOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        IPAddress address = LoopbackHttps.Address(options.Url, "Dataverse metadata server");
        X509Certificate2 certificate = EmulatorCertificate.Create();
        // The pipeline is fixed when the server starts, but the host needs the port it is given: bind late.
        DataverseMetadataHost? host = null;
        (WebApplication app, Uri baseUrl) = await LoopbackHttps.StartAsync(address, options.Url.Port, certificate, context => host is null ? Task.CompletedTask : host.Handle(context));
        host = new DataverseMetadataHost(app, certificate, options.Tables ?? DataverseSnapshot.Load(), baseUrl, options.TokenLifetime);
        return host;
    }

    public static DataverseMetadataHost Start(DataverseMetadataOptions options) => StartAsync(options).GetAwaiter().GetResult();

    /// <summary>A handler that trusts this server's certificate and no other (the test-only way to reach it).</summary>
    public HttpMessageHandler CreateTrustingHandler() => LoopbackHttps.TrustingHandler(Certificate);

    private async Task Handle(HttpContext context)
    {
        string target = context.Features.Get<IHttpRequestFeature>()?.RawTarget ?? context.Request.Path + context.Request.QueryString;
        string path = Uri.UnescapeDataString(target.Split('?')[0]);
        string method = context.Request.Method;
        _requests.Enqueue(method + " " + target);

        if (TokenEndpoint.IsDiscovery(path, out string tenant) && method == "GET")
        {
            await Write(context, 200, _tokenEndpoint.Discovery(tenant));
            return;
        }

        if (TokenEndpoint.IsToken(path, out tenant) && method == "POST")
        {
            using var reader = new StreamReader(context.Request.Body, Encoding.UTF8);
            (int status, JsonObject answer) = _tokenEndpoint.Token(tenant, TokenEndpoint.Form(await reader.ReadToEndAsync()));
            await Write(context, status, answer);
            return;
        }

        Match match = EntityDefinitionPath().Match(path);
        if (!match.Success || method != "GET")
        {
            await Write(context, 404, Error($"No resource at '{path}'."));
            return;
        }

        string header = context.Request.Headers.Authorization.ToString();
        string? rejection = Tokens.Reject(header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase) ? header["Bearer ".Length..].Trim() : null);
        if (rejection is not null)
        {
            context.Response.Headers.WWWAuthenticate = $"Bearer error=\"invalid_token\", error_description=\"{rejection}\"";
            await Write(context, 401, Error(rejection));
            return;
        }

        string logicalName = match.Groups["table"].Value;
        if (!_tables.TryGetTable(logicalName, out RecordedTable table))
        {
            await Write(context, 404, Error($"Could not find an entity with LogicalName '{logicalName}'."));
            return;
        }

        var serviceRoot = new Uri(BaseUrl, ApiRoot);
        string cast = match.Groups["cast"].Value;
        if (cast.Length == 0)
        {
            await Write(context, 200, EntityDefinitionJson.Entity(table, serviceRoot));
        }
        else if (EntityDefinitionJson.ChoiceCasts.ContainsKey(cast))
        {
            await Write(context, 200, EntityDefinitionJson.OptionSets(table, cast, serviceRoot));
        }
        else
        {
            await Write(context, 404, Error($"No attribute metadata type '{cast}' with option sets."));
        }
    }

    [GeneratedRegex(@"^/api/data/v9\.2/EntityDefinitions\(LogicalName='(?<table>[a-z0-9_]+)'\)(/Attributes/Microsoft\.Dynamics\.CRM\.(?<cast>\w+))?$")]
    private static partial Regex EntityDefinitionPath();

    private static JsonObject Error(string message) => new() { ["error"] = new JsonObject { ["code"] = "", ["message"] = message } };

    private static async Task Write(HttpContext context, int status, JsonNode body)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = "application/json; odata.metadata=minimal";
        context.Response.Headers["OData-Version"] = "4.0";
        await context.Response.WriteAsync(body.ToJsonString());
    }

    public ValueTask DisposeAsync() => LoopbackHttps.StopAsync(_app, Tokens, Certificate);

    public void Dispose() => DisposeAsync().AsTask().GetAwaiter().GetResult();
}
