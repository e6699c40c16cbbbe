using System;
using System.Collections.Generic;
using DualWrite.Plugins.Configuration;
using DualWrite.Plugins.Finance;
using DualWrite.Plugins.Identity;
using DualWrite.Testing;
using DualWrite.Testing.ProjectOperations;
using DualWrite.Testing.Services;
using DualWrite.Tests.FinanceEmulator;
using DualWrite.Tests.Testing.Plugins;
using Microsoft.Identity.Client;
using Microsoft.Xrm.Sdk;
using Xunit;

namespace DualWrite.Tests.Configuration;

/// <summary>A plug-in's Finance connection, built from the settings and the step's credential with the services the host offers.</summary>
public sealed class FinanceConnectionTests : IDisposable
{
    private readonly EmulatorSession _session = new();
    private readonly InMemoryDataverse _dataverse = ProjectOperationsSchema.NewOrganization();

    public FinanceConnectionTests()
    {
        _dataverse.HostServices.Add<IFinanceTransport>(_session.Transport);
        _dataverse.HostServices.Add<IMsalHttpClientFactory>(_session.Finance.MsalHttpClientFactory);
    }

    [Fact]
    public void AClientSecretConnectsThroughMsalAndTheHostsTransport()
    {
        SyncSettings settings = Settings(_session.TenantId, _session.ClientId);
        FinanceCredential credential = FinanceCredential.Parse(_session.Finance.SecureConfiguration);

        Run(services =>
        {
            for (int i = 0; i < 3; i++)
            {
                FinanceConnection.Open(settings, credential, services, _session.Traces)
                    .Upsert(TestEntities.Projects, FinanceKey.InCompany("usmf", ("ProjectID", "P-1")), new Dictionary<string, object?> { ["Name"] = $"Fit-out {i}", ["IsActive"] = true, ["Billable"] = "Yes" });
            }
        });

        Assert.Equal("Fit-out 2", Assert.Single(_session.Host.Store.Rows(TestEntities.Projects))["Name"]!.GetValue<string>());
        Assert.Equal(1, _session.Host.Log.TokenRequests);
    }

    [Fact]
    public void NoCredentialUsesThePlatformsManagedIdentityForFinancesScope()
    {
        _dataverse.ManagedIdentity.IssuesWith(_ => "not-a-token-the-emulator-issued");
        SyncSettings settings = Settings(tenantId: null, clientId: null);

        Run(services =>
        {
            FinanceClient client = FinanceConnection.Open(settings, FinanceCredential.ManagedIdentity, services, _session.Traces);
            _session.Fails<FinanceException>(() => client.Read(TestEntities.Projects, FinanceKey.InCompany("usmf", ("ProjectID", "P-1"))));
        });

        TokenRequest request = Assert.Single(_dataverse.ManagedIdentity.Requests);
        Assert.Equal([_session.Host.BaseUrl.AbsoluteUri.TrimEnd('/') + "/.default"], request.Scopes);
    }

    [Theory]
    [InlineData(null, "client", "dw_TenantId")]
    [InlineData("tenant", null, "dw_ClientId")]
    public void AClientCredentialWithoutItsAppRegistrationNamesTheMissingVariable(string? tenantId, string? clientId, string variable)
    {
        SyncSettings settings = Settings(tenantId, clientId);
        FinanceCredential credential = FinanceCredential.Parse("""{"clientSecret":"x"}""");

        Run(services =>
        {
            var e = Assert.Throws<ConfigurationException>(() => FinanceConnection.Open(settings, credential, services, _session.Traces));
            Assert.StartsWith($"Environment variable {variable} ", e.Message, StringComparison.Ordinal);
        });

        Assert.Empty(_session.Host.Log.Entries);
    }

    public void Dispose() => _session.Dispose();

    private SyncSettings Settings(string? tenantId, string? clientId)
    {
        var values = new Dictionary<string, string> { ["dw_FinanceUrl"] = _session.Host.BaseUrl.AbsoluteUri, ["dw_AuthorityHost"] = _session.Host.BaseUrl.AbsoluteUri };
        if (tenantId is not null)
        {
            values["dw_TenantId"] = tenantId;
        }

        if (clientId is not null)
        {
            values["dw_ClientId"] = clientId;
        }

        SolutionEnvironmentVariables.Import(_dataverse, values);
        return SyncSettingsReader.Read(_dataverse.GetOrganizationService(), Guid.NewGuid());
    }

    private void Run(Action<IServiceProvider> body) => _dataverse.ExecutePluginWith(new DelegatePlugin(body), _dataverse.GetDefaultPluginContext());
}
