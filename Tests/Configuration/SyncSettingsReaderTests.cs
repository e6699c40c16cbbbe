using System;
using System.Collections.Generic;
using DualWrite.Plugins.Configuration;
using DualWrite.Testing;
using DualWrite.Testing.ProjectOperations;
using Microsoft.Xrm.Sdk;
using Xunit;

namespace DualWrite.Tests.Configuration;

public sealed class SyncSettingsReaderTests
{
    private static readonly Dictionary<string, string> s_complete = new()
    {
        ["dw_FinanceUrl"] = "https://contoso.operations.dynamics.com/",
        ["dw_TenantId"] = "contoso.onmicrosoft.com",
        ["dw_ClientId"] = "6f1c2d0e-1111-2222-3333-444455556666",
        ["dw_SyncModes"] = """{"msdyn_actuals":"queued","msdyn_projecttasks":"OFF","*":"live"}""",
        ["dw_EntitySetOverrides"] = """{"msdyn_projects":"ProjectsV2"}""",
        ["dw_LegalEntities"] = """["usmf"," demf "]""",
        ["dw_RequestTimeoutSeconds"] = "7.5",
    };

    [Fact]
    public void ReadsEveryVariableWithItsValueOrItsDefault()
    {
        SyncSettings settings = Read(s_complete);

        Assert.Equal(new Uri("https://contoso.operations.dynamics.com"), settings.FinanceUrl);
        Assert.Equal("contoso.onmicrosoft.com", settings.TenantId);
        Assert.Equal("6f1c2d0e-1111-2222-3333-444455556666", settings.ClientId);
        Assert.Equal(new Uri("https://login.microsoftonline.com"), settings.AuthorityHost);
        Assert.Equal(SyncMode.Queued, settings.ModeFor("msdyn_actuals"));
        Assert.Equal(SyncMode.Off, settings.ModeFor("msdyn_projecttasks"));
        Assert.Equal(SyncMode.Live, settings.ModeFor("salesorders"));
        Assert.Equal("ProjectsV2", settings.EntitySetFor("msdyn_projects", "ProjCDSProjects"));
        Assert.Equal("ProjCDSTasks", settings.EntitySetFor("msdyn_projecttasks", "ProjCDSTasks"));
        Assert.Equal(["usmf", "demf"], settings.LegalEntities);
        Assert.True(settings.IsInScope("USMF"));
        Assert.False(settings.IsInScope("usrt"));
        Assert.Equal(TimeSpan.FromSeconds(7.5), settings.RequestTimeout);
        Assert.Equal(TimeSpan.FromSeconds(90), settings.TimeBudget);
    }

    [Fact]
    public void WithoutAModeListEveryMapIsLiveAndEveryCompanyIsInScope()
    {
        SyncSettings settings = Read(new() { ["dw_FinanceUrl"] = "https://contoso.operations.dynamics.com" });

        Assert.Equal(SyncMode.Live, settings.ModeFor("msdyn_actuals"));
        Assert.Null(settings.TenantId);
        Assert.Empty(settings.LegalEntities);
        Assert.True(settings.IsInScope("usrt"));
    }

    [Theory]
    [InlineData("dw_FinanceUrl", "", "dw_FinanceUrl (Finance URL) has no value")]
    [InlineData("dw_FinanceUrl", "http://contoso.operations.dynamics.com", "dw_FinanceUrl (Finance URL) does not use https, but it must be an https URL")]
    [InlineData("dw_FinanceUrl", "https://contoso.operations.dynamics.com/data", "dw_FinanceUrl (Finance URL) has a path, but it must be an https URL")]
    [InlineData("dw_AuthorityHost", "login.microsoftonline.com", "dw_AuthorityHost (Authority host) is not an absolute URL")]
    [InlineData("dw_SyncModes", "{\"msdyn_actuals\":\"sometimes\"}", "dw_SyncModes is malformed: it must hold \"live\", \"queued\" or \"off\" for map 'msdyn_actuals', not \"sometimes\"")]
    [InlineData("dw_SyncModes", "[\"live\"]", "dw_SyncModes is '[\"live\"]', but it must be a JSON object")]
    [InlineData("dw_SyncModes", "{\"msdyn_actuals\":", "dw_SyncModes is '{\"msdyn_actuals\":', but it must be valid JSON")]
    [InlineData("dw_SyncModes", "{\"msdyn_actuals\":1}", "text for map 'msdyn_actuals', not 1")]
    [InlineData("dw_EntitySetOverrides", "{\"msdyn_projects\":\"Projects V2\"}", "an OData entity set name for map 'msdyn_projects', not \"Projects V2\"")]
    [InlineData("dw_LegalEntities", "\"usmf\"", "dw_LegalEntities is '\"usmf\"', but it must be a JSON array")]
    [InlineData("dw_LegalEntities", "[\"usmf\",\"\"]", "company codes (cdm_companycode) of 1 to 10 characters, not \"\"")]
    [InlineData("dw_RequestTimeoutSeconds", "fast", "dw_RequestTimeoutSeconds is 'fast', but it must be a positive number of seconds")]
    [InlineData("dw_RequestTimeoutSeconds", "-3", "dw_RequestTimeoutSeconds is '-3'")]
    [InlineData("dw_TimeBudgetSeconds", "120", "dw_TimeBudgetSeconds is '120', but it must be a number of seconds below 120")]
    public void AMissingOrMalformedVariableIsNamedWithWhatItMustHold(string variable, string value, string expected)
    {
        var values = new Dictionary<string, string>(s_complete) { [variable] = value };

        ConfigurationException e = Assert.Throws<ConfigurationException>(() => Read(values));

        Assert.Contains(expected, e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AMapNameNoMapHasIsRefusedWithTheKnownNames()
    {
        SyncSettings settings = Read(s_complete);

        var e = Assert.Throws<ConfigurationException>(() => settings.RequireKnownMaps(["msdyn_actuals", "msdyn_projects"]));

        Assert.Contains("dw_SyncModes names no table map called 'msdyn_projecttasks'", e.Message, StringComparison.Ordinal);
        Assert.Contains("The maps are: *, msdyn_actuals, msdyn_projects.", e.Message, StringComparison.Ordinal);
        settings.RequireKnownMaps(["msdyn_actuals", "msdyn_projects", "msdyn_projecttasks"]);
    }

    [Fact]
    public void SettingsAreKeptPerOrganizationForAMinuteAndAFailureIsNotKept()
    {
        InMemoryDataverse dataverse = ProjectOperationsSchema.NewOrganization();
        SolutionEnvironmentVariables.Import(dataverse, new Dictionary<string, string> { ["dw_FinanceUrl"] = "ftp://nowhere" });
        IOrganizationService service = dataverse.GetOrganizationService();
        Guid organization = Guid.NewGuid();

        Assert.Throws<ConfigurationException>(() => SyncSettingsReader.Read(service, organization));
        Entity value = Assert.Single(dataverse.Records("environmentvariablevalue"));
        service.Update(new Entity("environmentvariablevalue", value.Id) { ["value"] = "https://contoso.operations.dynamics.com" });
        SyncSettings first = SyncSettingsReader.Read(service, organization);
        service.Update(new Entity("environmentvariablevalue", value.Id) { ["value"] = "https://fabrikam.operations.dynamics.com" });

        Assert.Same(first, SyncSettingsReader.Read(service, organization));
        Assert.Equal(new Uri("https://fabrikam.operations.dynamics.com"), SyncSettingsReader.Read(service, Guid.NewGuid()).FinanceUrl);
    }

    private static SyncSettings Read(Dictionary<string, string> values)
    {
        InMemoryDataverse dataverse = ProjectOperationsSchema.NewOrganization();
        SolutionEnvironmentVariables.Import(dataverse, values);
        return SyncSettingsReader.Read(dataverse.GetOrganizationService(), Guid.NewGuid());
    }
}
