using System.Linq;
using DualWrite.Schema.Finance;

namespace DualWrite.Tests.Schema.Finance;

/// <summary>
/// Small recorded-entity documents the tests write themselves, in the format of Schema/README.md: a CSDL document
/// with one entity type, its enums and its set, and the .json row with provenance. Names are the tests' own.
/// </summary>
internal static class FinanceDocuments
{
    public const string Source = "CDM-FO microsoft/CDM schemaDocuments/core/operationsCommon/Entities/Test.cdm.json";

    public const string NoYes = """<EnumType Name="NoYes"><Member Name="No" Value="0" /><Member Name="Yes" Value="1" /></EnumType>""";

    public const string Stage = """<EnumType Name="TestStage"><Member Name="Created" Value="0" /><Member Name="InProcess" Value="3" /><Member Name="Finished" Value="4" /></EnumType>""";

    /// <summary>A header entity: key dataAreaId + ProjectID, a string, a decimal, a date-time, a boolean and two enums.</summary>
    public static FinanceEntityDocument Header(string json = "") => new(
        "TestProjectEntity",
        Csdl(
            "TestProject",
            "TestProjects",
            ["dataAreaId", "ProjectID"],
            """
            <Property Name="dataAreaId" Type="Edm.String" Nullable="false" MaxLength="4" />
            <Property Name="ProjectID" Type="Edm.String" Nullable="false" MaxLength="20" />
            <Property Name="Name" Type="Edm.String" MaxLength="60" />
            <Property Name="Budget" Type="Edm.Decimal" Scale="Variable" />
            <Property Name="StartDate" Type="Edm.DateTimeOffset" />
            <Property Name="IsActive" Type="Edm.Boolean" Nullable="false" />
            <Property Name="Stage" Type="Microsoft.Dynamics.DataEntities.TestStage" />
            <Property Name="Billable" Type="Microsoft.Dynamics.DataEntities.NoYes" Nullable="false" />
            """,
            NoYes + Stage),
        json.Length > 0 ? json : Json("TestProjectEntity", "TestProject", "TestProjects"));

    /// <summary>A lines entity: key dataAreaId + ProjectID + LineNumber, an amount and NoYes (declared here too).</summary>
    public static FinanceEntityDocument Lines(string noYes = NoYes, string json = "") => new(
        "TestProjectLineEntity",
        Csdl(
            "TestProjectLine",
            "TestProjectLines",
            ["dataAreaId", "ProjectID", "LineNumber"],
            """
            <Property Name="dataAreaId" Type="Edm.String" Nullable="false" MaxLength="4" />
            <Property Name="ProjectID" Type="Edm.String" Nullable="false" MaxLength="20" />
            <Property Name="LineNumber" Type="Edm.Int32" Nullable="false" />
            <Property Name="Amount" Type="Edm.Decimal" Nullable="false" Scale="Variable" />
            <Property Name="Posted" Type="Microsoft.Dynamics.DataEntities.NoYes" Nullable="false" />
            """,
            noYes),
        json.Length > 0 ? json : Json("TestProjectLineEntity", "TestProjectLine", "TestProjectLines"));

    public static FinanceSnapshot Snapshot() => FinanceSnapshot.Load([Header(), Lines()]);

    public static string Json(string name, string entity, string collection, string extra = "", bool withSource = true) =>
        "{" + $"\"Name\":\"{name}\",\"PublicEntityName\":\"{entity}\",\"PublicCollectionName\":\"{collection}\""
        + (withSource ? $",\"Source\":\"{Source}\"" : "") + (extra.Length > 0 ? "," + extra : "") + "}";

    public static string Csdl(string entity, string set, string[] keys, string properties, string enums) => $"""
        <?xml version="1.0" encoding="utf-8"?>
        <edmx:Edmx Version="4.0" xmlns:edmx="http://docs.oasis-open.org/odata/ns/edmx">
          <edmx:DataServices>
            <Schema Namespace="Microsoft.Dynamics.DataEntities" xmlns="http://docs.oasis-open.org/odata/ns/edm">
              <EntityType Name="{entity}">
                <Key>{string.Concat(keys.Select(k => $"<PropertyRef Name=\"{k}\" />"))}</Key>
                {properties}
              </EntityType>
              {enums}
              <EntityContainer Name="Resources">
                <EntitySet Name="{set}" EntityType="Microsoft.Dynamics.DataEntities.{entity}" />
              </EntityContainer>
            </Schema>
          </edmx:DataServices>
        </edmx:Edmx>
        """;
}
