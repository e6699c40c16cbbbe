using DualWrite.Plugins.Finance;

namespace DualWrite.Tests.FinanceEmulator;

/// <summary>Two small Finance entities, a header and its lines, for the tests to write to; the header has enum fields.</summary>
internal static class TestEntities
{
    public const string Projects = "ProjectsV2";
    public const string ProjectLines = "ProjectLines";

    /// <summary>Shaped like Finance's project stage, with members and numbers of the tests' choosing.</summary>
    public static readonly FinanceEnumType ProjectStage = new("ProjectStage", [new("Created", 0), new("InProcess", 3), new("Finished", 4)]);

    public static readonly FinanceEnumType NoYes = new("NoYes", [new("No", 0), new("Yes", 1)]);

    public static readonly FinanceEntityDefinition Project = new(
        Projects,
        "ProjectV2",
        ["dataAreaId", "ProjectID"],
        [
            new("dataAreaId", FinanceEdmType.String, isNullable: false),
            new("ProjectID", FinanceEdmType.String, isNullable: false),
            new("Name", FinanceEdmType.String),
            new("Budget", FinanceEdmType.Decimal),
            new("IsActive", FinanceEdmType.Boolean, isNullable: false),
            new("Stage", ProjectStage),
            new("Billable", NoYes, isNullable: false),
        ]);

    public static readonly FinanceEntityDefinition ProjectLine = new(
        ProjectLines,
        "ProjectLine",
        ["dataAreaId", "ProjectID", "LineNumber"],
        [
            new("dataAreaId", FinanceEdmType.String, isNullable: false),
            new("ProjectID", FinanceEdmType.String, isNullable: false),
            new("LineNumber", FinanceEdmType.Int32, isNullable: false),
            new("Amount", FinanceEdmType.Decimal, isNullable: false),
        ]);

    public static FinanceEntityDefinition[] All => [Project, ProjectLine];
}
