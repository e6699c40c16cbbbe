using System;
using System.IO;
using System.Linq;
using System.Text.Json.Nodes;
using System.Xml;
using DualWrite.FinanceEmulator.Hosting;
using DualWrite.Plugins.Finance;
using Microsoft.OData.Edm;
using Microsoft.OData.Edm.Csdl;
using Xunit;

namespace DualWrite.Tests.FinanceEmulator;

/// <summary>Finance enums in the emulator: declared in $metadata, carried as member names, refused otherwise, filtered with enum literals.</summary>
public sealed class FinanceEmulatorEnumTests : IDisposable
{
    private const string Stage = "Microsoft.Dynamics.DataEntities.ProjectStage";
    private const string NoYes = "Microsoft.Dynamics.DataEntities.NoYes";
    private readonly EmulatorSession _session = new();
    private readonly EmulatorHttp _http;

    public FinanceEmulatorEnumTests()
    {
        _http = new EmulatorHttp(_session.Host);
    }

    public void Dispose()
    {
        _http.Dispose();
        _session.Dispose();
    }

    [Fact]
    public void MetadataDeclaresTheEnumTypesAndTypesTheirPropertiesByThem()
    {
        (int status, string body, _) = _http.Send("GET", "/data/$metadata");

        Assert.Equal(200, status);
        IEdmModel model = CsdlReader.Parse(XmlReader.Create(new StringReader(body)));
        var stage = Assert.IsAssignableFrom<IEdmEnumType>(model.FindDeclaredType(Stage));
        Assert.Equal([("Created", 0L), ("InProcess", 3L), ("Finished", 4L)], stage.Members.Select(m => (m.Name, m.Value.Value)));
        IEdmEntityType project = model.EntityContainer.FindEntitySet(TestEntities.Projects).EntityType;
        Assert.Equal(Stage, project.FindProperty("Stage").Type.FullName());
        Assert.True(project.FindProperty("Stage").Type.IsNullable);
        Assert.Equal(NoYes, project.FindProperty("Billable").Type.FullName());
        Assert.False(project.FindProperty("Billable").Type.IsNullable);
    }

    [Fact]
    public void AMemberNameIsStoredAndReadBackAndALeftOutEnumTakesItsZeroMember()
    {
        (int created, string body, _) = _http.Send("POST", "/data/" + TestEntities.Projects, """{"dataAreaId":"usmf","ProjectID":"P-1","Stage":"InProcess"}""");
        (int read, string readBody, _) = _http.Send("GET", $"/data/{TestEntities.Projects}(dataAreaId='usmf',ProjectID='P-1')");

        Assert.Equal((201, 200), (created, read));
        Assert.Equal(("InProcess", "No"), ((string?)JsonNode.Parse(body)!["Stage"], (string?)JsonNode.Parse(body)!["Billable"]));
        Assert.Equal("InProcess", (string?)JsonNode.Parse(readBody)!["Stage"]);
        Assert.Equal("InProcess", (string?)Assert.Single(_session.Host.Store.Rows(TestEntities.Projects))["Stage"]);
    }

    [Theory]
    [InlineData("\"Maybe\"", "'Maybe' is not a member of enum 'ProjectStage'")]
    [InlineData("\"3\"", "'3' is not a member of enum 'ProjectStage'")]
    [InlineData("3", "Cannot read the value '3' as a quoted JSON string value")]
    [InlineData("true", "Cannot read the value 'True' as a quoted JSON string value")]
    [InlineData("""{"Value":3}""", "An unexpected 'StartObject' node was found")]
    public void AnythingButAMemberNameIsRefusedNamingPropertyAndEnumAndNothingIsWritten(string value, string why)
    {
        (int status, string body, _) = _http.Send("POST", "/data/" + TestEntities.Projects, $$"""{"dataAreaId":"usmf","ProjectID":"P-1","Stage":{{value}}}""");

        Assert.Equal(400, status);
        string message = (string)JsonNode.Parse(body)!["error"]!["innererror"]!["message"]!;
        Assert.Contains($"property 'Stage'", message, StringComparison.Ordinal);
        Assert.Contains($"type '{Stage}'", message, StringComparison.Ordinal);
        Assert.Contains(why, message, StringComparison.Ordinal);
        Assert.Contains("members: Created, InProcess, Finished", message, StringComparison.Ordinal);
        Assert.Empty(_session.Host.Store.Rows(TestEntities.Projects));
    }

    [Fact]
    public void AnUpdateWithABadMemberLeavesTheRowAsItWas()
    {
        _session.Host.Store.Seed(TestEntities.Projects, Row("P-1", "InProcess", "Yes"));

        (int status, string body, _) = _http.Send("PATCH", $"/data/{TestEntities.Projects}(dataAreaId='usmf',ProjectID='P-1')", """{"Name":"Renamed","Billable":"Maybe"}""");

        Assert.Equal(400, status);
        Assert.Contains($"'{NoYes}' of property 'Billable': 'Maybe' is not a member of enum 'NoYes'", (string?)JsonNode.Parse(body)!["error"]!["innererror"]!["message"], StringComparison.Ordinal);
        JsonObject row = Assert.Single(_session.Host.Store.Rows(TestEntities.Projects));
        Assert.Equal(("Seeded", "Yes"), ((string?)row["Name"], (string?)row["Billable"]));
    }

    [Theory]
    [InlineData($"Stage eq {Stage}'InProcess'", new[] { "A" })]
    [InlineData($"Stage ne {Stage}'InProcess'", new[] { "B", "C" })]
    [InlineData($"Stage ne {Stage}'Finished' and Billable eq {NoYes}'Yes'", new[] { "A" })]
    public void EnumFieldsFilterWithEnumLiteralsByEqAndNe(string filter, string[] expected)
    {
        _session.Host.Store.Seed(TestEntities.Projects, Row("A", "InProcess", "Yes"));
        _session.Host.Store.Seed(TestEntities.Projects, Row("B", "Finished", "Yes"));
        _session.Host.Store.Seed(TestEntities.Projects, Row("C", null, "No"));

        (int status, string body, _) = _http.Send("GET", $"/data/{TestEntities.Projects}?$filter={Uri.EscapeDataString(filter)}");

        Assert.Equal(200, status);
        Assert.Equal(expected, JsonNode.Parse(body)!["value"]!.AsArray().Select(r => (string)r!["ProjectID"]!).Order());
    }

    [Theory]
    [InlineData($"Stage eq {Stage}'Closed'")]
    [InlineData($"Stage eq {NoYes}'Yes'")]
    [InlineData("Stage eq 'InProcess'")]
    [InlineData("Stage eq 3")]
    public void AFilterLiteralThatIsNotAMemberOfTheFieldsEnumIsRefused(string filter)
    {
        (int status, string body, _) = _http.Send("GET", $"/data/{TestEntities.Projects}?$filter={Uri.EscapeDataString(filter)}");

        Assert.Equal(400, status);
        string message = (string)JsonNode.Parse(body)!["error"]!["innererror"]!["message"]!;
        Assert.Contains($"is not of the type '{Stage}' of property 'Stage'", message, StringComparison.Ordinal);
        Assert.Contains($"{Stage}'Created' with one of its members: Created, InProcess, Finished", message, StringComparison.Ordinal);
    }

    [Fact]
    public void AnEnumDeclaredWithOtherMembersElsewhereStopsTheStart()
    {
        var otherNoYes = new FinanceEnumType("NoYes", [new("No", 0), new("Yes", 2)]);
        var other = new FinanceEntityDefinition("Flags", "Flag", ["Id"], [new("Id", FinanceEdmType.String, isNullable: false), new("Flag", otherNoYes)]);

        InvalidDataException e = Assert.Throws<InvalidDataException>(() => FinanceEmulatorHost.Start(new FinanceEmulatorOptions { Entities = [TestEntities.Project, other] }));

        Assert.Contains("Finance enum 'NoYes' of property 'Flag' on 'Flags' lists other members", e.Message, StringComparison.Ordinal);
    }

    private static JsonObject Row(string project, string? stage, string billable) =>
        new() { ["dataAreaId"] = "usmf", ["ProjectID"] = project, ["Name"] = "Seeded", ["IsActive"] = true, ["Stage"] = stage, ["Billable"] = billable };
}
