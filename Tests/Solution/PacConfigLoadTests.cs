using System;
using System.IO;
using DualWrite.SolutionPacker.Configuration;
using Xunit;

namespace DualWrite.Tests.Solution;

/// <summary>The build and the deploy command read pac.config; a mistake in it is reported with the setting at fault.</summary>
public sealed class PacConfigLoadTests
{
    private const string Valid = """
        {
          "solution": {
            "uniqueName": "Sample", "displayName": "Sample", "description": "A sample.", "version": "2.1.0.3",
            "publisher": { "uniqueName": "pub", "displayName": "Pub", "prefix": "dw", "optionValuePrefix": 10751 }
          },
          "environments": [
            { "name": "dev", "url": "https://dev.crm.dynamics.com", "default": true, "environmentVariables": { "dw_FinanceUrl": "https://f", "dw_SyncModes": { "Projects": "queued" } } },
            { "name": "prod", "url": "https://prod.crm.dynamics.com" }
          ]
        }
        """;

    [Fact]
    public void ReadsTheSolutionAndTheEnvironments()
    {
        PacConfig config = Load(Valid);

        Assert.Equal(("Sample", "2.1.0.3", "Sample_2.1.0.3.zip", "Sample_2.1.0.3_managed.zip"), (config.Solution.UniqueName, config.Solution.Version, config.Solution.ZipFileName(false), config.Solution.ZipFileName(true)));
        Assert.Equal("dev", config.Environment(null).Name);
        Assert.Equal("https://prod.crm.dynamics.com", config.Environment("PROD").Url);
        Assert.Equal("{\"Projects\":\"queued\"}", config.Environment("dev").EnvironmentVariables["dw_SyncModes"]);
    }

    [Theory]
    [InlineData("\"version\": \"2.1.0.3\"", "\"version\": \"2.1\"", "solution.version")]
    [InlineData("\"uniqueName\": \"Sample\"", "\"uniqueName\": \"1Sample\"", "solution.uniqueName")]
    [InlineData("\"optionValuePrefix\": 10751", "\"optionValuePrefix\": 99", "solution.publisher.optionValuePrefix")]
    [InlineData("\"https://prod.crm.dynamics.com\"", "\"http://prod.crm.dynamics.com\"", "environments[1].url")]
    [InlineData("\"default\": true,", "", "environments")]
    public void NamesTheSettingAtFault(string valid, string invalid, string setting)
    {
        var error = Assert.Throws<InvalidDataException>(() => Load(Valid.Replace(valid, invalid, StringComparison.Ordinal)));

        Assert.Contains($"'{setting}'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AnUnknownEnvironmentIsRefusedListingTheKnownOnes()
    {
        var error = Assert.Throws<InvalidDataException>(() => Load(Valid).Environment("staging"));

        Assert.Contains("'staging'", error.Message, StringComparison.Ordinal);
        Assert.Contains("dev, prod", error.Message, StringComparison.Ordinal);
    }

    private static PacConfig Load(string json)
    {
        string path = Path.Combine(Path.GetTempPath(), $"pac.{Guid.NewGuid():N}.config");
        File.WriteAllText(path, json);
        try
        {
            return PacConfig.Load(path);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
