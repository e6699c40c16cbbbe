using System.Linq;
using DualWrite.MapCheck;
using DualWrite.Plugins.Finance;
using DualWrite.Plugins.Maps;
using DualWrite.Plugins.Maps.Values;
using Xunit;

namespace DualWrite.Tests.Schema;

/// <summary>The map check against the recorded schema: every shipped map fits it, and a renamed column, property or value is named.</summary>
public sealed class MapCheckTests
{
    private static readonly SchemaPair s_recorded = SchemaPair.Recorded();

    [Fact]
    public void EveryShippedMapFitsTheRecordedSchema()
    {
        MapCheckReport report = MapChecker.Check(TableMaps.All, s_recorded);

        Assert.True(report.Fits, report.ToString());
        Assert.Equal(TableMaps.All.Count, report.Maps.Count);
    }

    [Fact]
    public void ARenamedColumnInACopyOfAMapIsNamed()
    {
        TableMap project = TableMaps.Named("msdyn_projects");
        TableMap renamed = Copy(project, project.Fields.Select(f => f.FinanceName == "ProjectName" ? FieldMap.To("ProjectName", FinanceEdmType.String, Source.Column("msdyn_subjectx")) : f).ToArray());

        MapCheckReport report = MapChecker.Check([renamed], s_recorded);

        MapMismatch mismatch = Assert.Single(report.Mismatches);
        Assert.Equal("msdyn_projects", mismatch.Map);
        Assert.Equal("msdyn_project.msdyn_subjectx", mismatch.Name);
        Assert.Equal("no such column", mismatch.Problem);
        Assert.Contains("'msdyn_subject'", mismatch.Instead);
    }

    [Fact]
    public void AFinancePropertyOfTheWrongNameOrTypeIsNamed()
    {
        TableMap project = TableMaps.Named("msdyn_projects");
        TableMap renamed = Copy(project, project.Fields
            .Select(f => f.FinanceName switch
            {
                "ProjectName" => FieldMap.To("ProjectNam", FinanceEdmType.String, Source.Column("msdyn_subject")),
                "StartDate" => FieldMap.To("StartDate", FinanceEdmType.String, Source.Date("msdyn_scheduledstart")),
                _ => f,
            })
            .ToArray());

        MapCheckReport report = MapChecker.Check([renamed], s_recorded);

        Assert.Collection(
            report.Mismatches.OrderBy(m => m.Name, System.StringComparer.Ordinal),
            m => Assert.Equal(("ProjCDSProject.ProjectNam", "no such property", "'ProjectName', 'ProjectID'"), (m.Name, m.Problem, m.Instead)),
            m => Assert.Equal(("ProjCDSProject.StartDate", "the map sends Edm.String", "Edm.DateTimeOffset"), (m.Name, m.Problem, m.Instead)));
    }

    [Fact]
    public void AChoiceValueTheColumnDoesNotHaveIsNamed()
    {
        TableMap project = TableMaps.Named("msdyn_projects");
        TableMap wrong = Copy(project, project.Fields
            .Select(f => f.FinanceName == "ProjectStage"
                ? FieldMap.To("ProjectStage", new FinanceEnumType("ProjStatus", [new("Created", 0), new("Estimated", 1), new("Scheduled", 2), new("InProcess", 3), new("Completed", 4)]), Source.Option("statecode", new System.Collections.Generic.Dictionary<int, string> { [0] = "InProcess", [7] = "Finished" }))
                : f)
            .ToArray());

        MapCheckReport report = MapChecker.Check([wrong], s_recorded);

        Assert.Contains(report.Mismatches, m => m.Name == "msdyn_project.statecode=7" && m.Problem == "no such choice value");
        Assert.Contains(report.Mismatches, m => m.Name == "ProjStatus.Finished" && m.Problem == "the map sends a member the enum does not have");
    }

    [Fact]
    public void AFieldFinanceRequiresThatTheMapMaySendEmptyIsNamed()
    {
        TableMap task = TableMaps.Named("msdyn_projecttasks");
        TableMap optional = Copy(task, task.Fields.Select(f => f.FinanceName == "WorkBreakdownStructureID" ? FieldMap.To("WorkBreakdownStructureID", FinanceEdmType.String, Source.Column("msdyn_wbsid")) : f).ToArray());

        MapMismatch mismatch = Assert.Single(MapChecker.Check([optional], s_recorded).Mismatches);

        Assert.Equal("ProjCDSTask.WorkBreakdownStructureID", mismatch.Name);
        Assert.StartsWith("Finance declares it not nullable", mismatch.Problem, System.StringComparison.Ordinal);
    }

    [Fact]
    public void AnEntitySetOverrideIsCheckedAgainstTheDataEntityRow()
    {
        TableMap actuals = TableMaps.Named("msdyn_actuals");

        MapCheckReport report = MapChecker.Check([actuals], s_recorded, new System.Collections.Generic.Dictionary<string, string> { ["msdyn_actuals"] = "ProjectActualsImports" });

        Assert.Contains(report.Mismatches, m => m.Name == "ProjectActualsImports" && m.Instead == "'ProjActualsImports'");
    }

    private static TableMap Copy(TableMap map, FieldMap[] fields) =>
        new(map.Name, map.SourceTable, map.EntitySet, map.EntityType, map.Company, map.Keys, fields, map.Filter, map.Parents, map.SyncsDeletes, map.FinanceEntity);
}
