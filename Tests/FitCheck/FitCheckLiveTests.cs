using System;
using System.IO;
using System.Linq;
using System.Text.Json;
using DualWrite.Deploy;
using DualWrite.FinanceEmulator.Variants;
using DualWrite.FitCheck;
using DualWrite.MapCheck;
using DualWrite.Plugins.Maps;
using DualWrite.Schema.Finance;
using DualWrite.Tests.Support;
using Xunit;

namespace DualWrite.Tests.FitCheck;

/// <summary>The fit check read live (real MSAL, real HTTPS on 127.0.0.1) from the Finance emulator and the Dataverse metadata server.</summary>
public sealed class FitCheckLiveTests
{
    [Fact]
    public void EveryMapFitsTheRecordedSnapshotAndOnlyTheTablesTheMapsTouchAreAskedFor()
    {
        using var world = new FitCheckWorld();
        string settings = Path.Combine(world.Folder, "settings.json");

        int exitCode = world.Run(world.LiveArguments("--settings-file", settings));

        Assert.True(exitCode == FitCheckExitCode.Fits, world.Output);
        Assert.Contains($"FITS: all {TableMaps.All.Count} maps fit this Finance and this Dataverse.", world.Output);
        Assert.Contains("# Fit check", world.Report);
        Assert.Contains("| msdyn_projects | msdyn_project | ProjCDSProjectEntity | ProjCDSProjects | yes | 0 |", world.Report);
        Assert.Contains("Not read: Schema/Finance records no legal entity or currency data entity", world.Report);

        // Every unconfirmed name of a table read is settled, and this environment (the snapshot) confirms them all.
        Assert.Matches(@"\d+ confirmed, 0 differ, 0 absent, \d+ not read", world.Output);

        string[] asked = world.Dataverse.Requests.Where(r => r.Contains("EntityDefinitions", StringComparison.Ordinal) && !r.Contains("/Attributes/", StringComparison.Ordinal))
            .Select(r => r.Split('\'')[1]).Order(StringComparer.Ordinal).ToArray();
        Assert.Equal(MapTables.Of(TableMaps.All), asked);
        Assert.DoesNotContain(world.Dataverse.Requests, r => !r.Contains("EntityDefinitions", StringComparison.Ordinal) && !r.Contains("/oauth2/", StringComparison.Ordinal) && !r.Contains("openid-configuration", StringComparison.Ordinal));

        var values = DeploymentSettingsFile.Read(settings);
        Assert.Equal("{}", values["dw_EntitySetOverrides"]);
        Assert.Equal(world.Finance.Host.BaseUrl.AbsoluteUri.TrimEnd('/'), values["dw_FinanceUrl"]);
        Assert.Equal(world.Finance.ClientId, values["dw_ClientId"]);
        foreach (string written in new[] { File.ReadAllText(settings), world.Report, world.Output })
        {
            Assert.DoesNotContain(world.Finance.ClientSecret, written, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void ARenamedEntitySetIsResolvedByItsAotNameWrittenToTheSettingsAndALocalRunWithThemPasses()
    {
        FinanceSnapshot variant = FinanceMetadataVariant.RenameEntitySet(FinanceSnapshot.Load(), "ProjCDSProjects", "ProjectsForOperations");
        using var world = new FitCheckWorld(variant);
        string settings = Path.Combine(world.Folder, "settings.json");
        string saved = Path.Combine(world.Folder, "saved");

        int exitCode = world.Run(world.LiveArguments("--settings-file", settings, "--save-metadata", saved));

        Assert.True(exitCode == FitCheckExitCode.Fits, world.Output);
        Assert.Contains("ProjectsForOperations (default ProjCDSProjects)", world.Output);
        Assert.Contains("| Finance | ProjCDSProjectEntity: PublicCollectionName | Differs | 'ProjectsForOperations' |", world.Report);
        Assert.Equal("""{"msdyn_projects":"ProjectsForOperations"}""", DeploymentSettingsFile.Read(settings)["dw_EntitySetOverrides"]);

        var console = new LocalRun.Support.RecordingConsole();
        int run = DualWrite.LocalRun.LocalRunCommand.Run(
        [
            "--size", "small", "--report", Path.Combine(world.Folder, "localrun.html"), "--settings", settings,
            "--finance-metadata", Path.Combine(saved, "finance-metadata.xml"), "--finance-entities", Path.Combine(saved, "finance-entities.json"),
        ], console.Console);

        Assert.True(run == DualWrite.LocalRun.LocalRunCommand.Passed, console.Output);
        Assert.Contains("PASSED: every record synced exactly once", console.Output);
    }

    [Fact]
    public void ARemovedFieldIsNamedWithItsMapAndEntityType()
    {
        using var world = new FitCheckWorld(FinanceMetadataVariant.RemoveProperty(FinanceSnapshot.Load(), "ProjCDSProject", "ProjectName"));

        Assert.Equal(FitCheckExitCode.DoesNotFit, world.Run(world.LiveArguments()));
        Assert.Contains("| msdyn_projects | ProjCDSProject.ProjectName | no such property |", world.Report);
        Assert.Contains("| msdyn_projects | msdyn_project | ProjCDSProjectEntity | ProjCDSProjects | NO | 1 |", world.Report);
        Assert.Contains("DOES NOT FIT: 1 of", world.Output);
    }

    [Fact]
    public void ARenamedEnumMemberIsNamedWithTheClosestMemberTheEnvironmentHas()
    {
        using var world = new FitCheckWorld(FinanceMetadataVariant.RenameEnumMember(FinanceSnapshot.Load(), "ProjStatus", "InProcess", "InProgress"));

        Assert.Equal(FitCheckExitCode.DoesNotFit, world.Run(world.LiveArguments()));
        Assert.Contains("| msdyn_projects | ProjStatus.InProcess | no such enum member | 'InProgress' |", world.Report);
    }

    [Fact]
    public void AnEntityMissingEntirelyIsNamedByItsAotName()
    {
        using var world = new FitCheckWorld(FinanceMetadataVariant.RemoveEntity(FinanceSnapshot.Load(), "ProjCDSTaskEntity"));

        Assert.Equal(FitCheckExitCode.DoesNotFit, world.Run(world.LiveArguments()));
        Assert.Contains("| msdyn_projecttasks | ProjCDSTaskEntity | no such data entity |", world.Report);
        Assert.Contains("ProjCDSTasks (not in DataEntities)", world.Output);
    }

    [Fact]
    public void TheDerivedSettingsGoIntoTheChosenPacConfigEnvironmentAndNoOther()
    {
        using var world = new FitCheckWorld(FinanceMetadataVariant.RenameEntitySet(FinanceSnapshot.Load(), "ProjCDSTasks", "ProjectTasksV3"));
        string pacConfig = Path.Combine(world.Folder, "pac.config");
        File.Copy(Path.Combine(RepositoryPaths.Root, "pac.config"), pacConfig);

        Assert.Equal(FitCheckExitCode.Fits, world.Run(world.LiveArguments("--pac-config", pacConfig, "--environment", "test")));

        var config = SolutionPacker.Configuration.PacConfig.Load(pacConfig);
        Assert.Equal("""{"msdyn_projecttasks":"ProjectTasksV3"}""", config.Environment("test").EnvironmentVariables["dw_EntitySetOverrides"]);
        Assert.Equal(world.Finance.Host.BaseUrl.AbsoluteUri.TrimEnd('/'), config.Environment("test").EnvironmentVariables["dw_FinanceUrl"]);
        Assert.DoesNotContain("dw_EntitySetOverrides", config.Environment("prod").EnvironmentVariables.Keys);
        Assert.Contains("ProjectTasksV3", DeploymentSettingsFile.Json(config.Environment("test"), pacConfig));
        Assert.DoesNotContain(world.Finance.ClientSecret, File.ReadAllText(pacConfig), StringComparison.Ordinal);
        using JsonDocument _ = JsonDocument.Parse(File.ReadAllText(pacConfig));
    }
}
