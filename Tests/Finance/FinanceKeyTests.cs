using System;
using System.Collections.Generic;
using DualWrite.Plugins.Finance;
using DualWrite.Testing.Services;
using Xunit;

namespace DualWrite.Tests.Finance;

public sealed class FinanceKeyTests
{
    [Fact]
    public void AKeyUrlQuotesTextDoublesQuotesAndEncodesWhatWouldChangeTheUrl()
    {
        FinanceKey key = FinanceKey.InCompany("usmf", ("ProjectID", "O'Brien/1?#&,"), ("LineNumber", 3));

        Assert.Equal("(dataAreaId='usmf',ProjectID='O%27%27Brien%2F1%3F%23%26%2C',LineNumber=3)", key.ToUrlSegment());
        Assert.Equal("(dataAreaId='usmf',ProjectID='O''Brien/1?#&,',LineNumber=3)", key.ToString());
    }

    [Fact]
    public void OtherValueTypesAreWrittenAsODataLiterals()
    {
        var id = Guid.Parse("9b2d3c1e-0000-4000-8000-000000000001");
        var key = new FinanceKey([new("Id", id), new("Active", true), new("Amount", 1.50m), new("Big", 9_000_000_000L)]);

        Assert.Equal("(Id=9b2d3c1e-0000-4000-8000-000000000001,Active=true,Amount=1.50,Big=9000000000)", key.ToUrlSegment());
    }

    [Fact]
    public void AnEmptyValueOrAnUnsupportedTypeIsRefusedWithTheFieldsName()
    {
        ArgumentException empty = Assert.Throws<ArgumentException>(() => FinanceKey.InCompany("usmf", ("ProjectID", "")));
        ArgumentException type = Assert.Throws<ArgumentException>(() => FinanceKey.InCompany("usmf", ("When", new object())));

        Assert.Contains("'ProjectID' has no value", empty.Message, StringComparison.Ordinal);
        Assert.Contains("System.Object", type.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void SettingsRefuseABudgetOutsideTheSandboxLimitAndAnInsecureUrl()
    {
        Assert.Contains("2-minute", Assert.Throws<ArgumentException>(() => new FinanceClientSettings(new Uri("https://f.operations.dynamics.com"), operationBudget: TimeSpan.FromMinutes(2))).Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => new FinanceClientSettings(new Uri("http://f.operations.dynamics.com")));
        Assert.Equal("https://f.operations.dynamics.com/.default", new FinanceClientSettings(new Uri("https://f.operations.dynamics.com/some/path")).Scope);
    }

    [Fact]
    public void EntityDefinitionsRefuseKeysThatAreNotNonNullableProperties()
    {
        Assert.Contains("'Missing'", Assert.Throws<ArgumentException>(() =>
            new FinanceEntityDefinition("Set", "Type", ["Missing"], [new FinancePropertyDefinition("Id", FinanceEdmType.String, false)])).Message, StringComparison.Ordinal);
        Assert.Contains("nullable", Assert.Throws<ArgumentException>(() =>
            new FinanceEntityDefinition("Set", "Type", ["Id"], [new FinancePropertyDefinition("Id", FinanceEdmType.String)])).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ARecordValueFinanceCannotCarryNamesTheField()
    {
        var client = new FinanceClient(new FinanceClientSettings(new Uri("https://f.operations.dynamics.com")), new NoTokens(), new CapturingTracingService());

        ArgumentException e = Assert.Throws<ArgumentException>(() => client.Create("ProjectsV2", new Dictionary<string, object?> { ["Start"] = new DateTime(2024, 1, 1, 0, 0, 0, DateTimeKind.Local) }));

        Assert.Contains("Field 'Start' for Finance entity set 'ProjectsV2'", e.Message, StringComparison.Ordinal);
    }

    private sealed class NoTokens : DualWrite.Plugins.Identity.ITokenProvider
    {
        public string AcquireToken(string scope) => throw new InvalidOperationException("No request should be made.");
    }
}
