using System;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json.Nodes;
using System.Xml;
using DualWrite.Schema.Finance;
using DualWrite.Tests.Schema.Finance;
using Microsoft.OData.Edm;
using Microsoft.OData.Edm.Csdl;
using Xunit;

namespace DualWrite.Tests.FinanceEmulator;

/// <summary>
/// The emulator serving a Finance snapshot (documents the tests write) and refusing what Finance's OData stack
/// refuses: each kind of refusal once, with its status and a Finance-shaped error naming what is wrong.
/// </summary>
public sealed class FinanceEmulatorODataTests : IDisposable
{
    private const string Projects = "TestProjects";
    private const string Lines = "TestProjectLines";
    private readonly EmulatorSession _session = new(o => o.ServeSnapshot(FinanceDocuments.Snapshot()));
    private readonly EmulatorHttp _http;

    public FinanceEmulatorODataTests()
    {
        _http = new EmulatorHttp(_session.Host);
    }

    public void Dispose()
    {
        _http.Dispose();
        _session.Dispose();
    }

    [Fact]
    public void MetadataIsTheModelAsUtf8CsdlBytesThatCsdlReaderParsesToTheSameEntitySets()
    {
        (int status, byte[] bytes, var response) = _http.GetBytes("/data/$metadata");

        Assert.Equal(200, status);
        Assert.Equal("application/xml", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("utf-8", response.Content.Headers.ContentType?.CharSet);
        _ = new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(bytes);
        IEdmModel model = CsdlReader.Parse(XmlReader.Create(new MemoryStream(bytes)));
        Assert.Equal("Resources", model.EntityContainer.Name);
        Assert.Equal(
            _session.Host.Model.EntityContainer.EntitySets().Select(s => (s.Name, s.EntityType.FullName())).Order(),
            model.EntityContainer.EntitySets().Select(s => (s.Name, s.EntityType.FullName())).Order());
    }

    [Fact]
    public void DataEntitiesListsTheSnapshotsRows()
    {
        (int status, string body, _) = _http.Send("GET", "/Metadata/DataEntities");
        (int anonymous, _, _) = _http.Send("GET", "/Metadata/DataEntities", token: null);

        Assert.Equal((200, 401), (status, anonymous));
        JsonArray rows = JsonNode.Parse(body)!["value"]!.AsArray();
        Assert.Equal(["TestProjectEntity", "TestProjectLineEntity"], rows.Select(r => (string)r!["Name"]!));
        Assert.Equal(("TestProject", "TestProjects"), ((string?)rows[0]!["PublicEntityName"], (string?)rows[0]!["PublicCollectionName"]));
    }

    [Fact]
    public void DataEntitiesIsNotServedWhenTheModelCameWithoutRows()
    {
        using var plain = new EmulatorSession();
        using var http = new EmulatorHttp(plain.Host);

        Assert.Equal(404, http.Send("GET", "/Metadata/DataEntities").Status);
    }

    [Fact]
    public void TheRecordedSnapshotIsServedAsItsMetadataAndDataEntities()
    {
        FinanceSnapshot recorded = FinanceSnapshot.Load();
        using var served = new EmulatorSession(o => o.ServeSnapshot(recorded));
        using var http = new EmulatorHttp(served.Host);

        IEdmModel model = CsdlReader.Parse(XmlReader.Create(new MemoryStream(http.GetBytes("/data/$metadata").Body)));
        JsonArray rows = JsonNode.Parse(http.Send("GET", "/Metadata/DataEntities").Body)!["value"]!.AsArray();

        Assert.Equal(recorded.Model.EntityContainer.EntitySets().Select(s => s.Name).Order(), model.EntityContainer.EntitySets().Select(s => s.Name).Order());
        Assert.Equal(recorded.DataEntities.Select(r => r.Name), rows.Select(r => (string)r!["Name"]!));
    }

    [Fact]
    public void AnUnknownEntitySetIs404ResourceNotFoundForTheSegment()
    {
        (int status, string body, _) = _http.Send("GET", "/data/Projects");

        Assert.Equal(404, status);
        Assert.Equal("Resource not found for the segment 'Projects'.", (string?)JsonNode.Parse(body)!["error"]!["message"]);
    }

    [Theory]
    [InlineData("TestProjects(ProjectID='P-1')", "The key of 'TestProjects' is (dataAreaId Edm.String, ProjectID Edm.String)")]
    [InlineData("TestProjects(dataAreaId='usmf',ProjectID='P-1',Name='x')", "The key in the request URI is not valid for resource 'Microsoft.Dynamics.DataEntities.TestProject'")]
    [InlineData("TestProjects(dataAreaId='usmf',Project='P-1')", "Project")]
    [InlineData("TestProjectLines(dataAreaId='usmf',ProjectID='P-1',LineNumber='one')", "LineNumber Edm.Int32")]
    public void AKeyWithAMissingExtraOrMistypedFieldIs400(string url, string named)
    {
        (int status, string body, _) = _http.Send("GET", "/data/" + url);

        Assert.Equal(400, status);
        Assert.Contains(named, InnerMessage(body), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("\"Colour\":\"red\"", "The property 'Colour' does not exist on type 'Microsoft.Dynamics.DataEntities.TestProject'")]
    [InlineData("\"Budget\":\"lots\"", "property 'Budget' of type 'Edm.Decimal'")]
    [InlineData("\"IsActive\":\"yes\"", "property 'IsActive' of type 'Edm.Boolean'")]
    [InlineData("\"Stage\":\"Maybe\"", "'Maybe' is not a member of enum 'TestStage'")]
    [InlineData("\"StartDate\":\"2026-01-31T00:00:00\"", "property 'StartDate' of type 'Edm.DateTimeOffset'")]
    public void ABodyThatDoesNotFitTheEntityTypeIs400NamingTheProperty(string field, string named)
    {
        (int status, string body, _) = _http.Send("POST", "/data/" + Projects, $$"""{"dataAreaId":"usmf","ProjectID":"P-1",{{field}}}""");

        Assert.Equal(400, status);
        Assert.Contains(named, InnerMessage(body), StringComparison.Ordinal);
        Assert.Equal("Microsoft.OData.ODataException", (string?)JsonNode.Parse(body)!["error"]!["innererror"]!["type"]);
        Assert.Empty(_session.Host.Store.Rows(Projects));
    }

    [Fact]
    public void ADateTimeWithItsOffsetIsTakenAndALeftOutEnumTakesItsZeroMember()
    {
        (int status, string body, _) = _http.Send("POST", "/data/" + Projects, """{"dataAreaId":"usmf","ProjectID":"P-1","StartDate":"2026-01-31T00:00:00Z","Stage":"InProcess"}""");

        Assert.Equal(201, status);
        Assert.Equal(("InProcess", "No"), ((string?)JsonNode.Parse(body)!["Stage"], (string?)JsonNode.Parse(body)!["Billable"]));
        Assert.Equal(200, _http.Send("GET", $"/data/{Projects}(dataAreaId='usmf',ProjectID='P-1')").Status);
    }

    [Fact]
    public void AGetInsideAChangeSetRefusesTheWholeBatch()
    {
        string batch = Batch(ChangeSet(Operation("1", "POST", Projects, """{"dataAreaId":"usmf","ProjectID":"P-1"}"""), Operation("2", "GET", Projects, null)));

        (int status, string body) = SendBatch(batch);

        Assert.Equal(400, status);
        Assert.Contains("GET", InnerMessage(body), StringComparison.Ordinal);
        Assert.Empty(_session.Host.Store.Rows(Projects));
    }

    [Theory]
    [InlineData("Content-Type: application/http\r\nContent-Transfer-Encoding: binary\r\n", "Content-Type: text/plain\r\nContent-Transfer-Encoding: binary\r\n", "Content-Type")]
    [InlineData("Content-Type: application/http\r\nContent-Transfer-Encoding: binary\r\n", "Content-Type: application/http\r\nContent-Transfer-Encoding: base64\r\n", "Content-Transfer-Encoding")]
    public void APartWithoutApplicationHttpInBinaryRefusesTheWholeBatch(string good, string bad, string named)
    {
        string batch = Batch(ChangeSet(Operation("1", "POST", Projects, """{"dataAreaId":"usmf","ProjectID":"P-1"}""").Replace(good, bad, StringComparison.Ordinal)));

        (int status, string body) = SendBatch(batch);

        Assert.Equal(400, status);
        Assert.Contains(named, InnerMessage(body), StringComparison.Ordinal);
        Assert.Empty(_session.Host.Store.Rows(Projects));
    }

    [Fact]
    public void ARepeatedContentIdInAChangeSetRefusesTheWholeBatch()
    {
        string batch = Batch(ChangeSet(
            Operation("1", "POST", Projects, """{"dataAreaId":"usmf","ProjectID":"P-1"}"""),
            Operation("1", "POST", Projects, """{"dataAreaId":"usmf","ProjectID":"P-2"}""")));

        (int status, string body) = SendBatch(batch);

        Assert.Equal(400, status);
        Assert.Contains("The content ID '1' was found more than once", InnerMessage(body), StringComparison.Ordinal);
        Assert.Empty(_session.Host.Store.Rows(Projects));
    }

    [Fact]
    public void AWellFormedChangeSetIsWrittenWhole()
    {
        string batch = Batch(ChangeSet(
            Operation("1", "POST", Projects, """{"dataAreaId":"usmf","ProjectID":"P-1"}"""),
            Operation("2", "POST", Lines, """{"dataAreaId":"usmf","ProjectID":"P-1","LineNumber":1,"Amount":10.5}""")));

        (int status, string body) = SendBatch(batch);

        Assert.Equal(200, status);
        Assert.Equal(2, body.Split("HTTP/1.1 201", StringSplitOptions.None).Length - 1);
        Assert.Single(_session.Host.Store.Rows(Lines));
    }

    private (int Status, string Body) SendBatch(string batch)
    {
        (int status, string body, _) = _http.Send("POST", "/data/$batch", batch, contentType: "multipart/mixed; boundary=batch_t");
        return (status, body);
    }

    private static string InnerMessage(string body) => (string?)JsonNode.Parse(body)!["error"]!["innererror"]?["message"] ?? (string)JsonNode.Parse(body)!["error"]!["message"]!;

    private static string Batch(string changeSet) => "--batch_t\r\n" + changeSet + "--batch_t--\r\n";

    private static string ChangeSet(params string[] operations) =>
        "Content-Type: multipart/mixed; boundary=changeset_t\r\n\r\n" + string.Concat(operations.Select(o => "--changeset_t\r\n" + o)) + "--changeset_t--\r\n";

    private static string Operation(string contentId, string method, string set, string? json) =>
        "Content-Type: application/http\r\nContent-Transfer-Encoding: binary\r\n" + $"Content-ID: {contentId}\r\n\r\n"
        + $"{method} {set} HTTP/1.1\r\n" + (json is null ? "Accept: application/json\r\n\r\n" : "Content-Type: application/json\r\n\r\n" + json + "\r\n");
}
