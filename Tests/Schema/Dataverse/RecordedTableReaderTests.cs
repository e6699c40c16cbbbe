using System.Collections.Generic;
using System.Linq;
using DualWrite.Schema.Dataverse;
using DualWrite.Testing;
using DualWrite.Testing.Schema;
using Xunit;
using Xunit.Abstractions;

namespace DualWrite.Tests.Schema.Dataverse;

public sealed class RecordedTableReaderTests
{
    private const string File = "dw_sample.json";

    // A small table in the format of Schema/README.md, written here so the reader is tested apart from the recorded data.
    private const string GoodTable = """
        {
          "LogicalName": "dw_sample",
          "EntitySetName": "dw_samples",
          "PrimaryIdAttribute": "dw_sampleid",
          "PrimaryNameAttribute": "dw_name",
          "OwnershipType": "UserOwned",
          "Source": "PO-ORG microsoft/Dynamics365-Project-Operations-PowerApps time/unpack/pkgs/TableDefinitions/Sample.json",
          "Attributes": [
            { "LogicalName": "dw_sampleid", "AttributeType": "Uniqueidentifier", "RequiredLevel": "SystemRequired" },
            { "LogicalName": "dw_name", "AttributeType": "String", "MaxLength": 100, "RequiredLevel": "ApplicationRequired" },
            { "LogicalName": "dw_notes", "AttributeType": "Memo", "MaxLength": 2000 },
            { "LogicalName": "dw_count", "AttributeType": "Integer", "MinValue": 0, "MaxValue": 500 },
            { "LogicalName": "dw_quantity", "AttributeType": "Decimal", "MinValue": -100000000000, "MaxValue": 100000000000, "Precision": 2 },
            { "LogicalName": "dw_amount", "AttributeType": "Money", "MinValue": -922337203685477, "MaxValue": 922337203685477, "Precision": 2 },
            { "LogicalName": "dw_date", "AttributeType": "DateTime", "Format": "DateOnly", "DateTimeBehavior": "DateOnly" },
            { "LogicalName": "dw_kind", "AttributeType": "Picklist",
              "OptionSet": { "Name": "dw_kind", "Options": [ { "Value": 192350000, "Label": "Cost" },
                                                             { "Value": 192350001, "Label": "Sales", "Unconfirmed": "no public list shows it" } ] } },
            { "LogicalName": "statecode", "AttributeType": "State",
              "OptionSet": { "Options": [ { "Value": 0, "Label": "Active", "DefaultStatus": 1 }, { "Value": 1, "Label": "Inactive", "DefaultStatus": 2 } ] } },
            { "LogicalName": "statuscode", "AttributeType": "Status",
              "OptionSet": { "Options": [ { "Value": 1, "Label": "Active", "State": 0 }, { "Value": 2, "Label": "Inactive", "State": 1 } ] } },
            { "LogicalName": "dw_project", "AttributeType": "Lookup", "Targets": [ "msdyn_project" ], "CascadeDelete": "Restrict" },
            { "LogicalName": "dw_customer", "AttributeType": "Customer", "Targets": [ "account", "contact" ] },
            { "LogicalName": "dw_externalid", "AttributeType": "String", "MaxLength": 100, "Unconfirmed": "no public source lists it; chosen for the sync's key" }
          ],
          "Keys": [ { "LogicalName": "dw_externalkey", "KeyAttributes": [ "dw_externalid" ], "Unconfirmed": "the solution's own key" } ]
        }
        """;

    private readonly ITestOutputHelper _output;

    public RecordedTableReaderTests(ITestOutputHelper output)
    {
        _output = output;
    }

    [Fact]
    public void AGoodFileIsReadWithItsLimitsTargetsOptionsAndKeys()
    {
        RecordedTable table = DataverseSnapshot.ReadTable(File, GoodTable);

        Assert.Equal("dw_sample", table.LogicalName);
        Assert.Equal("dw_samples", table.EntitySetName);
        Assert.Equal("dw_sampleid", table.PrimaryIdAttribute);
        Assert.Equal("dw_name", table.PrimaryNameAttribute);
        Assert.True(table.IsUserOwned);
        Assert.True(table.Provenance.IsConfirmed);

        Assert.True(table.TryGetAttribute("dw_name", out RecordedAttribute name));
        Assert.Equal(AttributeType.String, name.AttributeType);
        Assert.Equal(100, name.MaxLength);
        Assert.Equal(RequiredLevel.ApplicationRequired, name.RequiredLevel);
        Assert.True(name.Provenance.IsInherited);
        Assert.Equal(table.Provenance.Source, name.Provenance.Source);

        RecordedAttribute quantity = Attribute(table, "dw_quantity");
        Assert.Equal(-100000000000m, quantity.MinValue);
        Assert.Equal(100000000000m, quantity.MaxValue);
        Assert.Equal(2, quantity.Precision);

        Assert.Equal(DateTimeBehavior.DateOnly, Attribute(table, "dw_date").DateTimeBehavior);
        Assert.Equal("DateOnly", Attribute(table, "dw_date").Format);

        RecordedAttribute kind = Attribute(table, "dw_kind");
        Assert.Equal("dw_kind", kind.OptionSetName);
        Assert.Equal([192350000, 192350001], kind.Options.Select(o => o.Value));
        Assert.Equal("Cost", kind.Options[0].Label);

        Assert.Equal([0, 1], Attribute(table, "statuscode").Options.Select(o => o.State!.Value));
        Assert.Equal([1, 2], Attribute(table, "statecode").Options.Select(o => o.DefaultStatus!.Value));

        RecordedAttribute project = Attribute(table, "dw_project");
        Assert.Equal(["msdyn_project"], project.Targets);
        Assert.Equal(DeleteBehavior.Restrict, project.CascadeDelete);
        Assert.Equal(DeleteBehavior.RemoveLink, Attribute(table, "dw_customer").CascadeDelete);
        Assert.Equal(["account", "contact"], Attribute(table, "dw_customer").Targets);

        RecordedKey key = Assert.Single(table.Keys);
        Assert.Equal("dw_externalkey", key.LogicalName);
        Assert.Equal(["dw_externalid"], key.KeyAttributes);
    }

    [Fact]
    public void TheReaderAddsTheSystemColumnsEveryTableHas()
    {
        RecordedTable table = DataverseSnapshot.ReadTable(File, GoodTable);

        foreach (string column in new[] { "createdon", "modifiedon", "createdby", "modifiedby", "versionnumber", "ownerid" })
        {
            Assert.True(Attribute(table, column).IsAddedByReader, column);
        }

        Assert.Equal(AttributeType.Owner, Attribute(table, "ownerid").AttributeType);
        Assert.Equal(["systemuser", "team"], Attribute(table, "ownerid").Targets);
        Assert.False(Attribute(table, "statecode").IsAddedByReader);

        RecordedTable organizationOwned = DataverseSnapshot.ReadTable(File, GoodTable.Replace("\"UserOwned\"", "\"OrganizationOwned\""));
        Assert.False(organizationOwned.TryGetAttribute("ownerid", out _));
    }

    [Fact]
    public void EveryUnconfirmedNameIsListedWithItsTable()
    {
        DataverseSnapshot snapshot = DataverseSnapshot.FromJson([new(File, GoodTable)]);

        Assert.Equal(["dw_sample.dw_kind=192350001", "dw_sample.dw_externalid", "dw_sample.dw_externalkey"], snapshot.UnconfirmedNames);
        Assert.Equal("no public source lists it; chosen for the sync's key", Attribute(snapshot.Table("dw_sample"), "dw_externalid").Provenance.Unconfirmed);
    }

    [Fact]
    public void AnUnconfirmedTableIsListedAndItsNamesNeedProvenanceOfTheirOwn()
    {
        const string table = """
            { "LogicalName": "dw_guess", "Unconfirmed": "no public source; the solution's reading",
              "Attributes": [ { "LogicalName": "dw_name", "AttributeType": "String", "MaxLength": 10, "Source": "CE-REF x" } ] }
            """;

        Assert.Equal(["dw_guess"], DataverseSnapshot.FromJson([new("dw_guess.json", table)]).UnconfirmedNames);
    }

    public static TheoryData<string, string, string, string> MalformedFiles => new()
    {
        { "unknown AttributeType", "\"AttributeType\": \"Integer\", \"MinValue\": 0, \"MaxValue\": 500", "\"AttributeType\": \"WholeNumber\", \"MinValue\": 0, \"MaxValue\": 500", "'dw_count': unknown AttributeType 'WholeNumber'" },
        { "Lookup without Targets", "\"Targets\": [ \"msdyn_project\" ], ", "", "'dw_project': Targets is missing; a Lookup column records the tables it points at" },
        { "Picklist without options", "\"Options\": [ { \"Value\": 192350000", "\"Options\": [], \"Unread\": [ { \"Value\": 192350000", "'dw_kind': OptionSet.Options is missing; a Picklist column records every value it takes" },
        { "a Boolean's options on a String", "{ \"LogicalName\": \"dw_notes\", \"AttributeType\": \"Memo\", \"MaxLength\": 2000 }", "{ \"LogicalName\": \"dw_notes\", \"AttributeType\": \"Memo\", \"MaxLength\": 2000, \"OptionSet\": { \"Options\": [ { \"Value\": 0, \"Label\": \"No\" } ] } }", "'dw_notes': OptionSet does not apply to Memo columns" },
        { "a limit the type does not have", "\"AttributeType\": \"Uniqueidentifier\",", "\"AttributeType\": \"Uniqueidentifier\", \"MaxLength\": 10,", "'dw_sampleid': MaxLength does not apply to Uniqueidentifier columns" },
        { "both Source and Unconfirmed", "\"MaxLength\": 2000 }", "\"MaxLength\": 2000, \"Source\": \"CE-REF x\", \"Unconfirmed\": \"a guess\" }", "'dw_notes': has both Source and Unconfirmed" },
        { "neither under a table without Source", "\"Source\": \"PO-ORG microsoft/Dynamics365-Project-Operations-PowerApps time/unpack/pkgs/TableDefinitions/Sample.json\",", "\"Unconfirmed\": \"no public source\",", "'dw_sampleid': has neither Source nor Unconfirmed, and its table has no Source" },
        { "a table with neither", "\"Source\": \"PO-ORG microsoft/Dynamics365-Project-Operations-PowerApps time/unpack/pkgs/TableDefinitions/Sample.json\",", "", "'dw_sample': the table has neither Source nor Unconfirmed" },
        { "Status option without State", "{ \"Value\": 2, \"Label\": \"Inactive\", \"State\": 1 }", "{ \"Value\": 2, \"Label\": \"Inactive\" }", "'statuscode=2': a Status option must record the State it belongs to" },
        { "duplicate attribute", "{ \"LogicalName\": \"dw_notes\", \"AttributeType\": \"Memo\", \"MaxLength\": 2000 },", "{ \"LogicalName\": \"dw_notes\", \"AttributeType\": \"Memo\", \"MaxLength\": 2000 },\n{ \"LogicalName\": \"dw_notes\", \"AttributeType\": \"Memo\", \"MaxLength\": 2000 },", "'dw_notes': the attribute is recorded twice" },
        { "duplicate option value", "{ \"Value\": 192350001, \"Label\": \"Sales\"", "{ \"Value\": 192350000, \"Label\": \"Sales\"", "'dw_kind=192350000': the option value is recorded twice" },
        { "unknown CascadeDelete", "\"CascadeDelete\": \"Restrict\"", "\"CascadeDelete\": \"Block\"", "'dw_project': unknown CascadeDelete 'Block'" },
        { "a key over a column not recorded", "\"KeyAttributes\": [ \"dw_externalid\" ]", "\"KeyAttributes\": [ \"dw_external\" ]", "'dw_externalkey': the key names 'dw_external'" },
    };

    [Theory]
    [MemberData(nameof(MalformedFiles))]
    public void AMalformedFileIsRefusedNamingFileAndName(string @case, string good, string bad, string expected)
    {
        Assert.Contains(good, GoodTable);
        string json = ReplaceFirst(GoodTable, good, bad);

        var error = Assert.Throws<SchemaFileException>(() => DataverseSnapshot.FromJson([new(File, json)]));

        Assert.True(error.Message.StartsWith(File + ": ", System.StringComparison.Ordinal), @case + ": " + error.Message);
        Assert.Contains(expected, error.Message, System.StringComparison.Ordinal);
        Assert.Equal(File, error.File);
    }

    [Fact]
    public void ALimitNoPublicSourceShowsMayBeLeftOutAndIsThenUnknown()
    {
        const string table = """
            { "LogicalName": "dw_open", "Source": "CDM-PSA x",
              "Attributes": [
                { "LogicalName": "dw_name", "AttributeType": "String", "Unconfirmed": "MaxLength unknown" },
                { "LogicalName": "dw_count", "AttributeType": "Integer" },
                { "LogicalName": "dw_amount", "AttributeType": "Money" },
                { "LogicalName": "dw_date", "AttributeType": "DateTime" },
                { "LogicalName": "dw_flag", "AttributeType": "Boolean", "OptionSet": { "Options": [ { "Value": 0, "Label": "No" }, { "Value": 1, "Label": "Yes" } ] } }
              ] }
            """;

        RecordedTable read = DataverseSnapshot.ReadTable("dw_open.json", table);

        Assert.Null(Attribute(read, "dw_name").MaxLength);
        Assert.Null(Attribute(read, "dw_count").MaxValue);
        Assert.Null(Attribute(read, "dw_amount").Precision);
        Assert.Null(Attribute(read, "dw_date").DateTimeBehavior);
        Assert.Equal([0, 1], Attribute(read, "dw_flag").Options.Select(o => o.Value));
    }

    [Fact]
    public void InvalidJsonIsRefusedNamingTheFile()
    {
        var error = Assert.Throws<SchemaFileException>(() => DataverseSnapshot.ReadTable(File, "{ \"LogicalName\": "));

        Assert.StartsWith(File + ": is not valid JSON", error.Message, System.StringComparison.Ordinal);
    }

    [Fact]
    public void ATableRecordedInTwoFilesIsRefused()
    {
        var error = Assert.Throws<SchemaFileException>(() => DataverseSnapshot.FromJson([new("a.json", GoodTable), new("b.json", GoodTable)]));

        Assert.Contains("recorded already, in a.json", error.Message, System.StringComparison.Ordinal);
    }

    [Fact]
    public void TheEmbeddedRecordedTablesAreReadAndTheirUnconfirmedNamesCounted()
    {
        DataverseSnapshot snapshot = DataverseSnapshot.Load();

        IReadOnlyList<string> unconfirmed = snapshot.UnconfirmedNames;
        _output.WriteLine($"{snapshot.Tables.Count} recorded tables, {unconfirmed.Count} unconfirmed names:");
        foreach (string name in unconfirmed)
        {
            _output.WriteLine("  " + name);
        }

        Assert.Equal(snapshot.Tables.Count, snapshot.Tables.Select(t => t.LogicalName).Distinct().Count());
        Assert.All(snapshot.Tables, t => Assert.Equal(t.LogicalName + ".json", t.File));

        // Every recorded table can be declared in the in-memory organization.
        var dataverse = new InMemoryDataverse();
        RecordedTables.AddTo(dataverse.Schema, snapshot);
        Assert.All(snapshot.Tables, t => Assert.True(dataverse.Schema.Contains(t.LogicalName), t.LogicalName));
    }

    private static RecordedAttribute Attribute(RecordedTable table, string name)
    {
        Assert.True(table.TryGetAttribute(name, out RecordedAttribute attribute), name);
        return attribute;
    }

    private static string ReplaceFirst(string text, string old, string replacement)
    {
        int at = text.IndexOf(old, System.StringComparison.Ordinal);
        return text[..at] + replacement + text[(at + old.Length)..];
    }
}
