using System;
using DualWrite.Plugins.Finance;
using DualWrite.Plugins.Identity;
using Microsoft.Identity.Client;
using Microsoft.Xrm.Sdk;

namespace DualWrite.Plugins.Configuration;

/// <summary>
/// Builds one execution's Finance client from the settings and the credential: MSAL for a client secret or
/// certificate, the platform's managed identity otherwise. A host may offer its own <see cref="IFinanceTransport"/>
/// and MSAL <see cref="IMsalHttpClientFactory"/> through the service provider (Dataverse offers neither, so the
/// defaults apply there).
/// </summary>
public static class FinanceConnection
{
    public static FinanceClient Open(SyncSettings settings, FinanceCredential credential, IServiceProvider services, ITracingService tracing)
    {
        if (settings is null || credential is null || services is null || tracing is null)
        {
            throw new ArgumentNullException(settings is null ? nameof(settings) : credential is null ? nameof(credential) : services is null ? nameof(services) : nameof(tracing));
        }

        return new FinanceClient(ClientSettings(settings), Tokens(settings, credential, services), tracing, services.GetService(typeof(IFinanceTransport)) as IFinanceTransport);
    }

    /// <summary>Where Finance is and the client's limits, as the settings say.</summary>
    internal static FinanceClientSettings ClientSettings(SyncSettings settings) => new(settings.FinanceUrl, settings.RequestTimeout, settings.TimeBudget);

    /// <summary>MSAL for a client credential (immutable, so it may serve later executions), else this execution's managed identity.</summary>
    internal static ITokenProvider Tokens(SyncSettings settings, FinanceCredential credential, IServiceProvider services)
    {
        if (credential.ClientCredential is null)
        {
            return new ManagedIdentityTokenProvider(services.GetService(typeof(IManagedIdentityService)) as IManagedIdentityService);
        }

        string tenantId = settings.TenantId ?? throw Missing(EnvironmentVariableCatalog.TenantId);
        string clientId = settings.ClientId ?? throw Missing(EnvironmentVariableCatalog.ClientId);
        return new MsalTokenProvider(new MsalTokenProviderSettings(
            tenantId, clientId, credential.ClientCredential, settings.AuthorityHost, services.GetService(typeof(IMsalHttpClientFactory)) as IMsalHttpClientFactory));
    }

    private static ConfigurationException Missing(EnvironmentVariableDefinition variable) =>
        new($"Environment variable {variable.SchemaName} ({variable.DisplayName}) has no value, but the step's secure configuration holds a client credential, which needs it.");
}
