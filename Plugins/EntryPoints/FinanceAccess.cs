using System;
using System.Threading;
using DualWrite.Plugins.Configuration;
using DualWrite.Plugins.Finance;

namespace DualWrite.Plugins.EntryPoints;

/// <summary>
/// A step's way to Finance. Its credential is parsed once per plug-in instance, since the secure configuration is
/// fixed for the step and loading a certificate is costly; a malformed one is not kept, so each execution reports
/// it. The client itself is opened per execution (its time budget starts then) and only when something is sent.
/// </summary>
internal sealed class FinanceAccess
{
    private readonly Lazy<FinanceCredential> _credential;

    public FinanceAccess(string? secureConfiguration) =>
        _credential = new Lazy<FinanceCredential>(() => FinanceCredential.Parse(secureConfiguration), LazyThreadSafetyMode.PublicationOnly);

    /// <summary>The step's credential; a malformed secure configuration throws here, before any Finance call.</summary>
    public FinanceCredential Credential => _credential.Value;

    /// <summary>Opens this execution's client on first use.</summary>
    public Func<FinanceClient> ClientFor(SyncSettings settings, LocalPluginContext context)
    {
        FinanceCredential credential = Credential;
        var client = new Lazy<FinanceClient>(() => FinanceConnection.Open(settings, credential, context.ServiceProvider, context.TracingService), LazyThreadSafetyMode.None);
        return () => client.Value;
    }
}
