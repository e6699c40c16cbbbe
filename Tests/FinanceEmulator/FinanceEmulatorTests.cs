using System;
using System.IO;
using System.Linq;
using System.Text.Json.Nodes;
using System.Xml;
using DualWrite.FinanceEmulator.Faults;
using DualWrite.FinanceEmulator.Hosting;
using Microsoft.OData.Edm;
using Microsoft.OData.Edm.Csdl;
using Xunit;

namespace DualWrite.Tests.FinanceEmulator;

/// <summary>The emulator on its own: authentication, $metadata, strict validation, companies, batches, faults, state.</summary>
public sealed class FinanceEmulatorTests : IDisposable
{
    private readonly EmulatorSession _session = new();
    private readonly EmulatorHttp _http;

    public FinanceEmulatorTests()
    {
        _http = new EmulatorHttp(_session.Host);
    }

    public void Dispose()
    {
        _http.Dispose();
        _session.Dispose();
    }

    [Fact]
    public void MetadataIsCsdlWithEveryEntitySetAndItsKey()
    {
        (int status, string body, _) = _http.Send("GET", "/data/$metadata");

        Assert.Equal(200, status);
        IEdmModel model = CsdlReader.Parse(XmlReader.Create(new StringReader(body)));
        IEdmEntitySet projects = model.EntityContainer.FindEntitySet(TestEntities.Projects);
        Assert.Equal(["dataAreaId", "ProjectID"], projects.EntityType.Key().Select(k => k.Name));
        Assert.Equal("Edm.Decimal", projects.EntityType.FindProperty("Budget").Type.FullName());
        Assert.Equal(["dataAreaId", "ProjectID", "LineNumber"], model.EntityContainer.FindEntitySet(TestEntities.ProjectLines).EntityType.Key().Select(k => k.Name));
    }

    [Theory]
    [InlineData(null, "missing")]
    [InlineData("not-a-jwt", "missing")]
    public void DataCallsWithoutAGoodTokenAre401(string? token, string said)
    {
        (int status, _, var response) = _http.Send("GET", "/data/" + TestEntities.Projects, token: token ?? "");

        Assert.Equal(401, status);
        Assert.Contains(said, response.Headers.WwwAuthenticate.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void ATokenForAnotherAudienceOrSignedByAnotherKeyIsRefused()
    {
        using var other = new EmulatorSession();
        string foreign = other.Host.Tokens.Issue("x", "client", "tenant");

        (int status, _, var response) = _http.Send("GET", "/data/" + TestEntities.Projects, token: foreign);

        Assert.Equal(401, status);
        Assert.Contains("signature", response.Headers.WwwAuthenticate.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void AnExpiredTokenIsRefused()
    {
        _session.Host.Tokens.Lifetime = TimeSpan.FromSeconds(-1);

        (int status, _, var response) = _http.Send("GET", "/data/" + TestEntities.Projects);

        Assert.Equal(401, status);
        Assert.Contains("expired", response.Headers.WwwAuthenticate.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{"dataAreaId":"usmf","ProjectID":"P-1","Colour":"red"}""", 400, "The property 'Colour' does not exist on type 'Microsoft.Dynamics.DataEntities.ProjectV2'")]
    [InlineData("""{"dataAreaId":"usmf","ProjectID":"P-1","Budget":"lots"}""", 400, "property 'Budget' of type 'Edm.Decimal'")]
    [InlineData("""{"dataAreaId":"usmf","ProjectID":"P-1","IsActive":null}""", 400, "A null value was found for the property named 'IsActive'")]
    [InlineData("""{"dataAreaId":"usmf","Name":"no id"}""", 500, "Infolog: Error: Field 'ProjectID' must be filled in.")]
    public void CreatesAreCheckedStrictly(string json, int expectedStatus, string expectedText)
    {
        (int status, string body, _) = _http.Send("POST", "/data/" + TestEntities.Projects, json);

        Assert.Equal(expectedStatus, status);
        Assert.Contains(expectedText, (string?)JsonNode.Parse(body)!["error"]!["innererror"]!["message"], StringComparison.Ordinal);
        Assert.Empty(_session.Host.Store.Rows(TestEntities.Projects));
    }

    [Fact]
    public void ADuplicateCreateIsAWriteFailureAndAPatchOnAMissingKeyIs404()
    {
        const string row = """{"dataAreaId":"usmf","ProjectID":"P-1"}""";
        Assert.Equal(201, _http.Send("POST", "/data/" + TestEntities.Projects, row).Status);

        (int duplicate, string body, _) = _http.Send("POST", "/data/" + TestEntities.Projects, row.Replace("usmf", "USMF"));
        (int missing, _, _) = _http.Send("PATCH", $"/data/{TestEntities.Projects}(dataAreaId='usmf',ProjectID='P-2')", """{"Name":"x"}""");
        (int partialKey, string keyBody, _) = _http.Send("PATCH", $"/data/{TestEntities.Projects}(ProjectID='P-1')", """{"Name":"x"}""");

        Assert.Equal(500, duplicate);
        Assert.Contains("The record already exists.", body, StringComparison.Ordinal);
        Assert.Equal(404, missing);
        Assert.Equal(400, partialKey);
        Assert.Contains("The key in the request URI is not valid for resource 'Microsoft.Dynamics.DataEntities.ProjectV2'", (string?)JsonNode.Parse(keyBody)!["error"]!["innererror"]!["message"], StringComparison.Ordinal);
    }

    [Fact]
    public void OtherCompaniesAreSeenOnlyWithCrossCompany()
    {
        _session.Host.Store.Seed(TestEntities.Projects, new JsonObject { ["dataAreaId"] = "usmf", ["ProjectID"] = "A", ["IsActive"] = true });
        _session.Host.Store.Seed(TestEntities.Projects, new JsonObject { ["dataAreaId"] = "usrt", ["ProjectID"] = "B", ["IsActive"] = true });

        Assert.Equal(["A"], Ids(_http.Send("GET", "/data/" + TestEntities.Projects).Body));
        Assert.Equal(["A", "B"], Ids(_http.Send("GET", $"/data/{TestEntities.Projects}?cross-company=true").Body).Order());
        Assert.Equal(["B"], Ids(_http.Send("GET", $"/data/{TestEntities.Projects}?$filter=dataAreaId eq 'usrt'&cross-company=true").Body));
        Assert.Equal(404, _http.Send("GET", $"/data/{TestEntities.Projects}(dataAreaId='usrt',ProjectID='B')").Status);
        Assert.Equal(200, _http.Send("GET", $"/data/{TestEntities.Projects}(dataAreaId='usrt',ProjectID='B')?cross-company=true").Status);
        Assert.Equal(201, _http.Send("POST", "/data/" + TestEntities.Projects, """{"ProjectID":"C"}""").Status);
        Assert.Contains(_session.Host.Store.Rows(TestEntities.Projects), r => (string?)r["ProjectID"] == "C" && (string?)r["dataAreaId"] == "usmf");
    }

    [Fact]
    public void FaultsHitTheChosenRequestsOfTheirEntitySetOnly()
    {
        _session.Host.Faults.Add(TestEntities.Projects, Fault.ServerError(503), FaultTrigger.Requests(2));

        int[] statuses = Enumerable.Range(0, 3).Select(_ => _http.Send("GET", "/data/" + TestEntities.Projects).Status).ToArray();
        int lines = _http.Send("GET", "/data/" + TestEntities.ProjectLines).Status;

        Assert.Equal([200, 503, 200], statuses);
        Assert.Equal(200, lines);
        Assert.Equal("HTTP 503", _session.Host.Log.Entries[1].Fault);
    }

    [Fact]
    public void ARateTriggerIsRepeatableFromItsSeed()
    {
        int[] Run()
        {
            _session.Host.Faults.Clear();
            _session.Host.Faults.Add(FaultInjector.MetadataScope, Fault.ServerError(500), FaultTrigger.Rate(0.3, seed: 7));
            return Enumerable.Range(0, 40).Select(_ => _http.Send("GET", "/data/$metadata").Status).ToArray();
        }

        int[] first = Run();

        Assert.Equal(first, Run());
        Assert.Contains(500, first);
        Assert.Contains(200, first);
    }

    [Fact]
    public void AThrottleAnswersWithRetryAfter()
    {
        _session.Host.Faults.Add(FaultInjector.MetadataScope, Fault.Throttle(7), FaultTrigger.Always());

        (int status, _, var response) = _http.Send("GET", "/data/$metadata");

        Assert.Equal(429, status);
        Assert.Equal(TimeSpan.FromSeconds(7), response.Headers.RetryAfter?.Delta);
    }

    [Fact]
    public void TheStateFileKeepsRowsAcrossRuns()
    {
        string file = Path.Combine(Path.GetTempPath(), $"finance-emulator-{Guid.NewGuid():N}.json");
        try
        {
            using (var first = FinanceEmulatorHost.Start(new FinanceEmulatorOptions { Entities = TestEntities.All, StateFile = file }))
            using (var http = new EmulatorHttp(first))
            {
                Assert.Equal(201, http.Send("POST", "/data/" + TestEntities.Projects, """{"dataAreaId":"usmf","ProjectID":"Kept"}""").Status);
            }

            using var second = FinanceEmulatorHost.Start(new FinanceEmulatorOptions { Entities = TestEntities.All, StateFile = file });
            Assert.Equal("Kept", (string?)Assert.Single(second.Store.Rows(TestEntities.Projects))["ProjectID"]);
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public void TheEmulatorListensOnLoopbackHttpsOnly()
    {
        Assert.Throws<ArgumentException>(() => FinanceEmulatorHost.Start(new FinanceEmulatorOptions { Url = new Uri("https://0.0.0.0:0") }));
        Assert.Throws<ArgumentException>(() => FinanceEmulatorHost.Start(new FinanceEmulatorOptions { Url = new Uri("http://127.0.0.1:0") }));
    }

    private static string[] Ids(string body) => JsonNode.Parse(body)!["value"]!.AsArray().Select(r => (string)r!["ProjectID"]!).ToArray();
}
