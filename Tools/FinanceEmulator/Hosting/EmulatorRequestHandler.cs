using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using DualWrite.FinanceEmulator.Auth;
using DualWrite.FinanceEmulator.Data;
using DualWrite.FinanceEmulator.Faults;
using DualWrite.FinanceEmulator.Logging;
using DualWrite.Schema.Finance;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;

namespace DualWrite.FinanceEmulator.Hosting;

/// <summary>
/// Every request passes here: it is logged (secrets removed), meets the faults programmed for its scope, and is
/// then answered by the token endpoint, $metadata, $batch or an entity set (those three only with a valid token).
/// </summary>
internal sealed class EmulatorRequestHandler
{
    private readonly FinanceEmulatorHost _host;
    private readonly TokenEndpoint _tokenEndpoint;
    private readonly DataRequestRouter _router;
    private readonly BatchProcessor _batch;
    private const string DataEntitiesPath = "/Metadata/DataEntities";
    private readonly byte[] _metadata;
    private readonly IReadOnlyList<FinanceDataEntityRow>? _dataEntities;

    public EmulatorRequestHandler(FinanceEmulatorHost host, TokenEndpoint tokenEndpoint, DataRequestRouter router, BatchProcessor batch, byte[] metadata, IReadOnlyList<FinanceDataEntityRow>? dataEntities)
    {
        _host = host;
        _tokenEndpoint = tokenEndpoint;
        _router = router;
        _batch = batch;
        _metadata = metadata;
        _dataEntities = dataEntities;
    }

    public async Task Handle(HttpContext context)
    {
        Stopwatch clock = Stopwatch.StartNew();
        DateTimeOffset started = DateTimeOffset.UtcNow;
        string target = context.Features.Get<IHttpRequestFeature>()?.RawTarget ?? context.Request.Path + context.Request.QueryString;
        string path = target.Split('?')[0];
        string body;
        using (var reader = new StreamReader(context.Request.Body, Encoding.UTF8))
        {
            body = await reader.ReadToEndAsync();
        }

        string scope = ScopeOf(path);
        string? faultText = null;
        Fault? fault = null;
        try
        {
            IReadOnlyList<Fault> faults = _host.Faults.For(scope);
            foreach (Fault latency in faults.Where(f => f.Kind == FaultKind.Latency))
            {
                await Task.Delay(latency.Delay);
            }

            foreach (Fault write in faults.Where(f => f.Kind == FaultKind.ConcurrentWrite))
            {
                _host.Store.Seed(scope, write.Row!);
            }

            fault = faults.FirstOrDefault(f => !f.IsAnswered);
            faultText = faults.Count == 0 ? null : string.Join(", ", faults);
            if (fault is not null)
            {
                await Inject(context, fault);
            }
            else
            {
                await Answer(context, target, path, scope, body);
            }
        }
        finally
        {
            bool dropped = fault?.Kind == FaultKind.DropConnection || context.RequestAborted.IsCancellationRequested;
            _host.Log.Add(new RequestLogEntry(
                started,
                context.Request.Method,
                target,
                scope,
                SecretRedaction.Headers(context.Request.Headers.Select(h => new KeyValuePair<string, string>(h.Key, h.Value.ToString()))),
                scope == FaultInjector.TokenScope ? SecretRedaction.FormBody(body) : body,
                dropped ? 0 : context.Response.StatusCode,
                faultText,
                clock.Elapsed));
        }
    }

    private static string ScopeOf(string path)
    {
        if (TokenEndpoint.IsToken(path, out _))
        {
            return FaultInjector.TokenScope;
        }

        if (TokenEndpoint.IsDiscovery(path, out _))
        {
            return "$discovery";
        }

        if (!path.StartsWith("/data/", StringComparison.Ordinal))
        {
            return "";
        }

        string relative = path["/data/".Length..];
        return relative == "$metadata" ? FaultInjector.MetadataScope : relative == "$batch" ? FaultInjector.BatchScope : DataRequestRouter.EntitySetOf(relative);
    }

    private static async Task Inject(HttpContext context, Fault fault)
    {
        switch (fault.Kind)
        {
            case FaultKind.DropConnection:
                context.Abort();
                return;
            case FaultKind.Throttle:
                context.Response.Headers.RetryAfter = fault.RetryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
                await WriteJson(context, 429, ODataErrors.Plain($"Too many requests: the service is throttling this caller. Retry after {fault.RetryAfterSeconds} seconds."));
                return;
            case FaultKind.ExpiredToken:
                context.Response.Headers.WWWAuthenticate = "Bearer error=\"invalid_token\", error_description=\"The access token expired.\"";
                context.Response.StatusCode = 401;
                return;
            default:
                if (fault.SendsRetryAfter)
                {
                    context.Response.Headers.RetryAfter = fault.RetryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
                }

                await WriteJson(context, fault.StatusCode, ODataErrors.Plain("An error has occurred."));
                return;
        }
    }

    private async Task Answer(HttpContext context, string target, string path, string scope, string body)
    {
        string method = context.Request.Method;
        if (TokenEndpoint.IsDiscovery(path, out string tenant) && method == "GET")
        {
            await WriteJson(context, 200, _tokenEndpoint.Discovery(tenant));
            return;
        }

        if (TokenEndpoint.IsToken(path, out tenant) && method == "POST")
        {
            (int status, JsonObject answer) = _tokenEndpoint.Token(tenant, TokenEndpoint.Form(body));
            await WriteJson(context, status, answer);
            return;
        }

        bool dataEntities = path == DataEntitiesPath && method == "GET" && _dataEntities is not null;
        if (!path.StartsWith("/data/", StringComparison.Ordinal) && !dataEntities)
        {
            await WriteJson(context, 404, ODataErrors.Plain($"No resource at '{path}'."));
            return;
        }

        string? rejection = _host.Tokens.Reject(BearerToken(context));
        if (rejection is not null)
        {
            context.Response.Headers.WWWAuthenticate = $"Bearer error=\"invalid_token\", error_description=\"{rejection}\"";
            context.Response.StatusCode = 401;
            return;
        }

        if (dataEntities)
        {
            await WriteJson(context, 200, DataEntitiesAnswer(), "application/json; odata.metadata=minimal");
            return;
        }

        if (scope == FaultInjector.MetadataScope)
        {
            context.Response.StatusCode = 200;
            context.Response.ContentType = "application/xml; charset=utf-8";
            context.Response.Headers["OData-Version"] = "4.0";
            await context.Response.Body.WriteAsync(_metadata);
            return;
        }

        if (scope == FaultInjector.BatchScope && method == "POST")
        {
            (string Body, string ContentType)? batch = _batch.Process(context.Request.ContentType, body, out OperationResult? error);
            if (batch is null)
            {
                await Write(context, error!);
                return;
            }

            context.Response.StatusCode = 200;
            context.Response.ContentType = batch.Value.ContentType;
            context.Response.Headers["OData-Version"] = "4.0";
            await context.Response.WriteAsync(batch.Value.Body);
            return;
        }

        string relative = target["/data/".Length..];
        OperationResult result = _host.Store.Transact(t =>
        {
            OperationResult r = _router.Execute(t, method, relative, body);
            return (r, r.IsSuccess);
        });
        await Write(context, result);
    }

    /// <summary>/Metadata/DataEntities as Finance answers it: {"value":[{Name, PublicEntityName, PublicCollectionName}]}.</summary>
    private JsonObject DataEntitiesAnswer() => new()
    {
        ["@odata.context"] = new Uri(_host.BaseUrl, "/Metadata/$metadata#DataEntities").AbsoluteUri,
        ["value"] = new JsonArray(_dataEntities!.Select(r => (JsonNode)new JsonObject
        {
            ["Name"] = r.Name,
            ["PublicEntityName"] = r.PublicEntityName,
            ["PublicCollectionName"] = r.PublicCollectionName,
        }).ToArray()),
    };

    private static async Task Write(HttpContext context, OperationResult result)
    {
        foreach ((string name, string value) in result.Headers)
        {
            context.Response.Headers[name] = value;
        }

        context.Response.Headers["OData-Version"] = "4.0";
        if (result.Body is null)
        {
            context.Response.StatusCode = result.StatusCode;
            return;
        }

        await WriteJson(context, result.StatusCode, result.Body, result.ContentType);
    }

    private static async Task WriteJson(HttpContext context, int status, JsonNode body, string contentType = "application/json")
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = contentType;
        await context.Response.WriteAsync(body.ToJsonString());
    }

    private static string? BearerToken(HttpContext context)
    {
        string header = context.Request.Headers.Authorization.ToString();
        return header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase) ? header["Bearer ".Length..].Trim() : null;
    }
}
