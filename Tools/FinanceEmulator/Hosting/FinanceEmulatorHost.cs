using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Net.Security;
using System.Security.Cryptography.X509Certificates;
using System.Threading.Tasks;
using DualWrite.FinanceEmulator.Auth;
using DualWrite.FinanceEmulator.Data;
using DualWrite.FinanceEmulator.Faults;
using DualWrite.FinanceEmulator.Logging;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.OData.Edm;
using DualWrite.Schema.Finance;

namespace DualWrite.FinanceEmulator.Hosting;

/// <summary>
/// A running Finance emulator: HTTPS on 127.0.0.1 with its own certificate, a token endpoint for MSAL, and the
/// entity sets it was given. Tests start one in-process on a free port; the standalone program starts one too.
/// </summary>
public sealed class FinanceEmulatorHost : IAsyncDisposable, IDisposable
{
    private readonly WebApplication _app;
    private readonly string? _stateFile;

    private FinanceEmulatorHost(WebApplication app, X509Certificate2 certificate, Uri baseUrl, FinanceEmulatorOptions options, IEdmModel model)
    {
        _app = app;
        Certificate = certificate;
        BaseUrl = baseUrl;
        Model = model;
        Store = new EntityStore(model, options.Entities ?? []);
        Tokens = new TokenIssuer(baseUrl.AbsoluteUri.TrimEnd('/'), options.TokenLifetime);
        _stateFile = options.StateFile;
        if (_stateFile is not null)
        {
            if (File.Exists(_stateFile))
            {
                Store.Import(File.ReadAllText(_stateFile));
            }

            Store.Committed += () => File.WriteAllText(_stateFile, Store.Export());
        }
    }

    /// <summary>https://127.0.0.1:&lt;port&gt;: Finance's URL (and the tokens' audience) and the authority host.</summary>
    public Uri BaseUrl { get; }

    public X509Certificate2 Certificate { get; }

    /// <summary>The model served as $metadata and every request is validated against.</summary>
    public IEdmModel Model { get; }

    public ClientRegistry Clients { get; } = new();

    public FaultInjector Faults { get; } = new();

    public RequestLog Log { get; } = new();

    public EntityStore Store { get; }

    public TokenIssuer Tokens { get; }

    public static async Task<FinanceEmulatorHost> StartAsync(FinanceEmulatorOptions options)
    {
        IPAddress address = LoopbackHttps.Address(options.Url, "emulator");

        // Definitions that make no valid model stop the start, before a port is taken.
        FinanceSnapshot? recorded = options.Entities is null && options.Model is null ? FinanceSnapshot.Load() : null;
        IEdmModel model = options.Entities is not null ? DefinitionModel.Build(options.Entities) : recorded?.Model ?? options.Model!;
        IReadOnlyList<FinanceDataEntityRow>? dataEntities = recorded?.DataEntities ?? (options.Entities is null ? options.DataEntities : null);
        byte[] metadata = FinanceSnapshot.WriteCsdl(model);
        X509Certificate2 certificate = EmulatorCertificate.Create();
        // The pipeline is fixed when the server starts, but the handler needs the port it is given: bind late.
        EmulatorRequestHandler? handler = null;
        (WebApplication app, Uri baseUrl) = await LoopbackHttps.StartAsync(address, options.Url.Port, certificate, context => handler is null ? Task.CompletedTask : handler.Handle(context));
        var host = new FinanceEmulatorHost(app, certificate, baseUrl, options, model);
        var dataRoot = new Uri(baseUrl, "/data/");
        var router = new DataRequestRouter(model, dataRoot, host.Store, new EntityOperations(options.DefaultCompany, dataRoot));
        var batch = new BatchProcessor(host.Store, router, new BatchRequestReader(model, dataRoot));
        handler = new EmulatorRequestHandler(host, new TokenEndpoint(baseUrl, host.Clients, host.Tokens), router, batch, metadata, dataEntities);
        return host;
    }

    public static FinanceEmulatorHost Start(FinanceEmulatorOptions options) => StartAsync(options).GetAwaiter().GetResult();

    /// <summary>
    /// A handler that trusts this emulator's certificate and no other: the test-only way to reach it, so that
    /// no product code needs to relax certificate checks.
    /// </summary>
    public HttpMessageHandler CreateTrustingHandler() => LoopbackHttps.TrustingHandler(Certificate);

    public Task WaitForShutdownAsync() => _app.WaitForShutdownAsync();

    public ValueTask DisposeAsync() => LoopbackHttps.StopAsync(_app, Tokens, Certificate);

    public void Dispose() => DisposeAsync().AsTask().GetAwaiter().GetResult();
}
