using System;
using System.Threading;
using DualWrite.Plugins.Configuration;
using DualWrite.Plugins.Finance;
using DualWrite.Plugins.Identity;
using Microsoft.Identity.Client;

namespace DualWrite.Plugins.EntryPoints;

/// <summary>
/// A step's way to Finance. Its credential is parsed once per plug-in instance, since the secure configuration is
/// fixed for the step and loading a certificate is costly; a malformed one is not kept, so each execution reports
/// it. The client's settings and an MSAL token provider are kept while the organization's settings (cached for a
/// minute) stay the same: both are immutable, and building them parses URLs on every save. The client itself is
/// opened per execution (its time budget starts then) and only when something is sent.
/// </summary>
internal sealed class FinanceAccess
{
    private readonly Lazy<FinanceCredential> _credential;

    // The last settings' parts, swapped whole: concurrent executions read a consistent set, and a race only builds twice.
    private Prepared? _prepared;

    public FinanceAccess(string? secureConfiguration) =>
        _credential = new Lazy<FinanceCredential>(() => FinanceCredential.Parse(secureConfiguration), LazyThreadSafetyMode.PublicationOnly);

    /// <summary>The step's credential; a malformed secure configuration throws here, before any Finance call.</summary>
    public FinanceCredential Credential => _credential.Value;

    /// <summary>Opens this execution's client on first use.</summary>
    public Func<FinanceClient> ClientFor(SyncSettings settings, LocalPluginContext context)
    {
        FinanceCredential credential = Credential;
        FinanceClient? client = null;
        return () => client ??= Open(settings, credential, context);
    }

    private FinanceClient Open(SyncSettings settings, FinanceCredential credential, LocalPluginContext context)
    {
        IServiceProvider services = context.ServiceProvider;
        var msalHttp = services.GetService(typeof(IMsalHttpClientFactory)) as IMsalHttpClientFactory;
        Prepared? prepared = Volatile.Read(ref _prepared);
        if (prepared is null || !ReferenceEquals(prepared.Settings, settings) || !ReferenceEquals(prepared.MsalHttp, msalHttp))
        {
            prepared = new Prepared(settings, msalHttp, FinanceConnection.ClientSettings(settings), credential.IsManagedIdentity ? null : FinanceConnection.Tokens(settings, credential, services));
            Volatile.Write(ref _prepared, prepared);
        }

        ITokenProvider tokens = prepared.Tokens ?? FinanceConnection.Tokens(settings, credential, services);
        return new FinanceClient(prepared.Client, tokens, context.TracingService, services.GetService(typeof(IFinanceTransport)) as IFinanceTransport);
    }

    private sealed class Prepared
    {
        public Prepared(SyncSettings settings, IMsalHttpClientFactory? msalHttp, FinanceClientSettings client, ITokenProvider? tokens)
        {
            Settings = settings;
            MsalHttp = msalHttp;
            Client = client;
            Tokens = tokens;
        }

        public SyncSettings Settings { get; }

        public IMsalHttpClientFactory? MsalHttp { get; }

        public FinanceClientSettings Client { get; }

        /// <summary>Null for the managed identity, whose provider belongs to each execution.</summary>
        public ITokenProvider? Tokens { get; }
    }
}
