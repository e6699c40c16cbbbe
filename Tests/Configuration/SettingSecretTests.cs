using System;
using System.Collections.Generic;
using System.Linq;
using DualWrite.FinanceEmulator.Faults;
using DualWrite.Plugins.Configuration;
using DualWrite.Testing;
using DualWrite.Testing.ProjectOperations;
using DualWrite.Testing.Schema;
using DualWrite.Tests.Sync;
using Microsoft.Xrm.Sdk;
using Xunit;

namespace DualWrite.Tests.Configuration;

/// <summary>
/// A setting never loses a value silently (a JSON name twice is refused, naming it) and a secret never reaches an
/// exception, a trace or a stored row: a Finance URL with user info, a query or a fragment is refused without being
/// repeated, and the client secret stays in the step's secure configuration.
/// </summary>
public sealed class SettingSecretTests
{
    private const string Secret = "S3cret-Pa55w0rd";

    [Theory]
    [InlineData("dw_SyncModes", """{"msdyn_actuals":"queued","msdyn_actuals":"live"}""", "'msdyn_actuals'")]
    [InlineData("dw_SyncModes", """{"*":"live","msdyn_projects":"off","*":"queued"}""", "'*'")]
    [InlineData("dw_EntitySetOverrides", """{"msdyn_projects":"ProjectsV2","msdyn_projects":"ProjectsV3"}""", "'msdyn_projects'")]
    public void ASettingThatNamesAKeyTwiceIsRefusedNamingTheKey(string variable, string value, string key)
    {
        var e = Assert.Throws<ConfigurationException>(() => Read(new() { ["dw_FinanceUrl"] = "https://contoso.operations.dynamics.com", [variable] = value }));

        Assert.Equal($"Environment variable {variable} names {key} twice; a name may appear once, so say which value is meant.", e.Message);
    }

    [Theory]
    [InlineData("""{"clientSecret":"first","clientSecret":"S3cret-Pa55w0rd"}""", "clientSecret")]
    [InlineData("""{"certificate":"AAAA","certificatePassword":"x","certificatePassword":"S3cret-Pa55w0rd"}""", "certificatePassword")]
    public void ASecureConfigurationThatNamesAKeyTwiceIsRefusedWithoutItsValues(string secureConfiguration, string key)
    {
        var e = Assert.Throws<ConfigurationException>(() => FinanceCredential.Parse(secureConfiguration));

        Assert.Contains($"names '{key}' twice", e.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(Secret, e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("https://dualwrite:S3cret-Pa55w0rd@contoso.operations.dynamics.com", "holds a user name or password")]
    [InlineData("https://S3cret-Pa55w0rd@contoso.operations.dynamics.com/", "holds a user name or password")]
    [InlineData("https://contoso.operations.dynamics.com/?sig=S3cret-Pa55w0rd", "has a query")]
    [InlineData("https://contoso.operations.dynamics.com?S3cret-Pa55w0rd", "has a query")]
    [InlineData("https://contoso.operations.dynamics.com/#S3cret-Pa55w0rd", "has a fragment")]
    [InlineData("http://contoso.operations.dynamics.com/S3cret-Pa55w0rd", "does not use https")]
    [InlineData("ftp://S3cret-Pa55w0rd:x@contoso.operations.dynamics.com", "does not use https")]
    [InlineData("S3cret-Pa55w0rd", "is not an absolute URL")]
    public void AFinanceUrlThatIsNotABareHttpsRootIsRefusedWithoutRepeatingIt(string url, string problem)
    {
        var e = Assert.Throws<ConfigurationException>(() => Read(new() { ["dw_FinanceUrl"] = url }));

        Assert.StartsWith($"Environment variable dw_FinanceUrl (Finance URL) {problem}", e.Message, StringComparison.Ordinal);
        Assert.Contains("but it must be an https URL with no user info, path, query or fragment", e.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(Secret, e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{"*":"live"}""")]
    [InlineData("""{"*":"queued"}""")]
    public void AFinanceUrlWithAPasswordFailsTheSyncWithoutTheSecretInAnyErrorTraceOrRow(string syncModes)
    {
        using var world = new OutboundWorld(syncModes: syncModes);
        Entity url = world.Dataverse.Records("environmentvariablevalue").Single(v => v.GetAttributeValue<string>("schemaname") == "dw_FinanceUrl");
        world.Service.Update(new Entity("environmentvariablevalue", url.Id) { ["value"] = $"https://dualwrite:{Secret}@contoso.operations.dynamics.com" });

        Exception? failure = Record.Exception(() => new ProjectOperationsRecords(world).Contract());

        string said = (failure?.Message ?? "") + "\n" + string.Join("\n", world.Dataverse.Traces.Lines.Select(l => l.Text));
        Assert.Contains("dw_FinanceUrl (Finance URL) holds a user name or password", said, StringComparison.Ordinal);
        AssertNowhere(world.Dataverse, Secret, failure);
        Assert.Empty(world.DataRequests);
    }

    [Fact]
    public void TheClientSecretAppearsInNoErrorTraceOrRowWhenFinanceRefuses()
    {
        using var world = new OutboundWorld(syncModes: """{"*":"queued"}""", timeBudgetSeconds: "0.3");
        world.Session.Host.Faults.Add("CDSProjectContracts", Fault.ServerError(503), FaultTrigger.Always());

        Exception? failure = Record.Exception(() => new ProjectOperationsRecords(world).Contract());
        Exception? malformed = Record.Exception(() => FinanceCredential.Parse($$"""{"clientSecret":"{{world.Session.ClientSecret}}","tenant":"x"}"""));

        Assert.NotEmpty(world.DataRequests);
        Assert.NotNull(malformed);
        AssertNowhere(world.Dataverse, world.Session.ClientSecret, failure);
        Assert.DoesNotContain(world.Session.ClientSecret, malformed!.Message, StringComparison.Ordinal);
    }

    /// <summary>The secret is in no exception, trace line or stored row (but the setting's own row, where the administrator put it).</summary>
    private static void AssertNowhere(InMemoryDataverse dataverse, string secret, Exception? failure)
    {
        for (Exception? e = failure; e is not null; e = e.InnerException)
        {
            Assert.DoesNotContain(secret, e.ToString(), StringComparison.Ordinal);
        }

        Assert.DoesNotContain(dataverse.Traces.Lines, l => l.Text.Contains(secret, StringComparison.Ordinal));
        foreach (TableSchema table in dataverse.Schema.Tables.Where(t => t.LogicalName != "environmentvariablevalue"))
        {
            foreach (Entity row in dataverse.Records(table.LogicalName))
            {
                Assert.DoesNotContain(row.Attributes, a => a.Value is string text && text.Contains(secret, StringComparison.Ordinal));
            }
        }
    }

    private static SyncSettings Read(Dictionary<string, string> values)
    {
        InMemoryDataverse dataverse = ProjectOperationsSchema.NewOrganization();
        SolutionEnvironmentVariables.Import(dataverse, values);
        return SyncSettingsReader.Read(dataverse.GetOrganizationService(), Guid.NewGuid());
    }
}
