using System;
using System.IO;
using System.Linq;
using System.Text;
using System.Xml;
using DualWrite.Schema.Finance;
using Microsoft.OData.Edm;
using Microsoft.OData.Edm.Csdl;
using Xunit;

namespace DualWrite.Tests.Schema.Finance;

/// <summary>The Finance snapshot reader: CSDL documents merged into one model, rows and provenance checked, CSDL written back.</summary>
public sealed class FinanceSnapshotTests
{
    [Fact]
    public void TwoDocumentsMergeIntoOneModelInFinancesNamespaceAndContainerWithASharedEnumOnce()
    {
        FinanceSnapshot snapshot = FinanceDocuments.Snapshot();

        Assert.Equal("Microsoft.Dynamics.DataEntities.Resources", snapshot.Model.EntityContainer.FullName());
        Assert.Equal(["TestProjectLines", "TestProjects"], snapshot.Model.EntityContainer.EntitySets().Select(s => s.Name).Order());
        Assert.Single(snapshot.Model.SchemaElements.OfType<IEdmEnumType>(), e => e.Name == "NoYes");
        IEdmEntityType lines = snapshot.Model.EntityContainer.FindEntitySet("TestProjectLines").EntityType;
        Assert.Equal(["dataAreaId", "ProjectID", "LineNumber"], lines.Key().Select(k => k.Name));
        Assert.Equal("Microsoft.Dynamics.DataEntities.NoYes", lines.FindProperty("Posted").Type.FullName());
        Assert.Equal(20, ((IEdmStringTypeReference)snapshot.Model.EntityContainer.FindEntitySet("TestProjects").EntityType.FindProperty("ProjectID").Type).MaxLength);
        Assert.Equal(
            [new FinanceDataEntityRow("TestProjectEntity", "TestProject", "TestProjects"), new FinanceDataEntityRow("TestProjectLineEntity", "TestProjectLine", "TestProjectLines")],
            snapshot.DataEntities);
    }

    [Fact]
    public void AnEnumDeclaredOtherwiseInAnotherDocumentIsRefusedNamingBothDocuments()
    {
        const string otherNoYes = """<EnumType Name="NoYes"><Member Name="No" Value="0" /><Member Name="Yes" Value="2" /></EnumType>""";

        InvalidDataException e = Assert.Throws<InvalidDataException>(() => FinanceSnapshot.Load([FinanceDocuments.Header(), FinanceDocuments.Lines(otherNoYes)]));

        Assert.Contains("TestProjectLineEntity.csdl.xml: enum type 'NoYes' (Edm.Int32: No=0, Yes=2) is declared otherwise in TestProjectEntity.csdl.xml (Edm.Int32: No=0, Yes=1)", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AnEnumWhoseMembersShareAValueIsKeptAsDeclaredAndWrittenBack()
    {
        const string shared = """<EnumType Name="NoYes"><Member Name="No" Value="0" /><Member Name="Yes" Value="1" /><Member Name="Always" Value="1" /></EnumType>""";
        FinanceSnapshot snapshot = FinanceSnapshot.Load([FinanceDocuments.Lines(shared)]);

        IEdmModel read = CsdlReader.Parse(XmlReader.Create(new MemoryStream(snapshot.WriteCsdl())));

        var noYes = (IEdmEnumType)read.FindDeclaredType("Microsoft.Dynamics.DataEntities.NoYes");
        Assert.Equal([("No", 0L), ("Yes", 1L), ("Always", 1L)], noYes.Members.Select(m => (m.Name, m.Value.Value)));
    }

    [Fact]
    public void ANameWithoutProvenanceIsRefusedNamingTheFileAndTheName()
    {
        string json = FinanceDocuments.Json("TestProjectLineEntity", "TestProjectLine", "TestProjectLines", withSource: false,
            extra: "\"Sources\":{\"Name\":\"CDM-FO a\",\"PublicEntityName\":\"CDM-FO a\",\"PublicCollectionName\":\"CDM-FO a\",\"dataAreaId\":\"CDM-FO a\",\"ProjectID\":\"CDM-FO a\",\"LineNumber\":\"CDM-FO a\",\"Amount\":\"CDM-FO a\",\"Posted\":\"CDM-FO a\",\"NoYes\":\"CDM-FO a\"}");
        string bare = json.Replace("\"LineNumber\":\"CDM-FO a\",", "", StringComparison.Ordinal);

        FinanceSnapshot.Load([FinanceDocuments.Lines(json: json)]); // every name covered, enum members by their enum
        InvalidDataException e = Assert.Throws<InvalidDataException>(() => FinanceSnapshot.Load([FinanceDocuments.Lines(json: bare)]));

        Assert.Contains("TestProjectLineEntity.json: 'LineNumber' has no provenance", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void UnconfirmedNamesAreListedWithTheirReasons()
    {
        string json = FinanceDocuments.Json("TestProjectEntity", "TestProject", "TestProjects", extra: "\"Unconfirmed\":{\"PublicCollectionName\":\"no public source shows it\",\"TestStage.Finished\":\"seen in no client\"}");

        FinanceSnapshot snapshot = FinanceSnapshot.Load([FinanceDocuments.Header(json), FinanceDocuments.Lines()]);

        Assert.Equal(
            [new FinanceUnconfirmedName("TestProjectEntity.json", "PublicCollectionName", "no public source shows it"), new FinanceUnconfirmedName("TestProjectEntity.json", "TestStage.Finished", "seen in no client")],
            snapshot.Unconfirmed);
    }

    [Theory]
    [InlineData("\"Sources\":{\"Name\":\"CDM-FO a\"},\"Unconfirmed\":{\"Name\":\"why\"}", "'Name' is both in Sources and in Unconfirmed")]
    [InlineData("\"Unconfirmed\":{\"Colour\":\"why\"}", "Sources or Unconfirmed speaks of 'Colour', which the CSDL does not declare")]
    public void ProvenanceThatContradictsItselfOrTheCsdlIsRefused(string extra, string expected)
    {
        string json = FinanceDocuments.Json("TestProjectEntity", "TestProject", "TestProjects", extra: extra);

        InvalidDataException e = Assert.Throws<InvalidDataException>(() => FinanceSnapshot.Load([FinanceDocuments.Header(json)]));

        Assert.Contains("TestProjectEntity.json: " + expected, e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("TestProjectEntity", "TestProject", "Projects", "the entity set is 'TestProjects', but TestProjectEntity.json gives PublicCollectionName 'Projects'")]
    [InlineData("TestProjectEntity", "Project", "TestProjects", "the entity type is 'TestProject', but TestProjectEntity.json gives PublicEntityName 'Project'")]
    [InlineData("OtherEntity", "TestProject", "TestProjects", "Name is 'OtherEntity', but the files are named for 'TestProjectEntity'")]
    public void TheRowMustNameWhatTheCsdlDeclares(string name, string entity, string collection, string expected)
    {
        InvalidDataException e = Assert.Throws<InvalidDataException>(() => FinanceSnapshot.Load([FinanceDocuments.Header(FinanceDocuments.Json(name, entity, collection))]));

        Assert.Contains(expected, e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ADocumentOutsideFinancesContainerIsRefused()
    {
        FinanceEntityDocument header = FinanceDocuments.Header();
        FinanceEntityDocument other = header with { Csdl = header.Csdl.Replace("Name=\"Resources\"", "Name=\"Container\"", StringComparison.Ordinal) };

        InvalidDataException e = Assert.Throws<InvalidDataException>(() => FinanceSnapshot.Load([other]));

        Assert.Contains("TestProjectEntity.csdl.xml: the entity container must be Microsoft.Dynamics.DataEntities.Resources", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void TheWrittenCsdlIsUtf8BytesThatCsdlReaderParsesToTheSameModel()
    {
        FinanceSnapshot snapshot = FinanceDocuments.Snapshot();

        byte[] bytes = snapshot.WriteCsdl();

        Assert.False(bytes.AsSpan().StartsWith(Encoding.UTF8.Preamble));
        _ = new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(bytes);
        IEdmModel read = CsdlReader.Parse(XmlReader.Create(new MemoryStream(bytes)));
        Assert.Equal(
            snapshot.Model.EntityContainer.EntitySets().Select(s => (s.Name, s.EntityType.FullName(), string.Join(",", s.EntityType.StructuralProperties().Select(p => p.Name + ":" + p.Type.FullName() + ":" + p.Type.IsNullable)))).Order(),
            read.EntityContainer.EntitySets().Select(s => (s.Name, s.EntityType.FullName(), string.Join(",", s.EntityType.StructuralProperties().Select(p => p.Name + ":" + p.Type.FullName() + ":" + p.Type.IsNullable)))).Order());
    }

    [Fact]
    public void ALiveServicesMetadataAndDataEntitiesMakeASnapshotWithNothingUnconfirmed()
    {
        string metadata = Encoding.UTF8.GetString(FinanceDocuments.Snapshot().WriteCsdl());

        FinanceSnapshot live = FinanceSnapshot.FromService(metadata, """{"value":[{"Name":"TestProjectEntity","PublicEntityName":"TestProject","PublicCollectionName":"TestProjects","IsReadOnly":false}]}""");

        Assert.Equal(2, live.Model.EntityContainer.EntitySets().Count());
        Assert.Equal([new FinanceDataEntityRow("TestProjectEntity", "TestProject", "TestProjects")], live.DataEntities);
        Assert.Empty(live.Unconfirmed);
    }

    [Fact]
    public void TheRecordedSnapshotLoadsAndEveryEntitySetHasItsRow()
    {
        FinanceSnapshot recorded = FinanceSnapshot.Load();

        Assert.Equal(
            recorded.Model.EntityContainer.EntitySets().Select(s => s.Name).Order(),
            recorded.DataEntities.Select(r => r.PublicCollectionName).Order());
    }
}
