using DualWrite.DataverseMetadataServer;
using DualWrite.FitCheck;
using DualWrite.Testing.ProjectOperations;
using Xunit;

namespace DualWrite.Tests.FitCheck;

/// <summary>The fit check against Dataverse metadata servers whose tables differ from the recorded ones by one named edit.</summary>
public sealed class FitCheckDataverseTests
{
    [Fact]
    public void ARemovedColumnIsNamedWithItsMapAndTable()
    {
        using var world = new FitCheckWorld(dataverse: DataverseSchemaVariant.OfRecorded().WithoutColumn("msdyn_project", "msdyn_description").Build());

        Assert.Equal(FitCheckExitCode.DoesNotFit, world.Run(world.LiveArguments()));
        Assert.Contains("| msdyn_projects | msdyn_project.msdyn_description | no such column |", world.Report);
    }

    [Fact]
    public void ARemovedChoiceValueIsNamedWithTheValuesTheColumnHas()
    {
        int inactive = RecordedChoice.Value("msdyn_project", "statecode", "Inactive");
        using var world = new FitCheckWorld(dataverse: DataverseSchemaVariant.OfRecorded().WithoutChoiceValue("msdyn_project", "statecode", inactive).Build());

        Assert.Equal(FitCheckExitCode.DoesNotFit, world.Run(world.LiveArguments()));
        Assert.Contains($"| msdyn_projects | msdyn_project.statecode={inactive} | no such choice value |", world.Report);
    }

    [Fact]
    public void ADataverseWithoutProjectOperationsIsRefusedSayingSo()
    {
        using var world = new FitCheckWorld(dataverse: DataverseSchemaVariant.OfRecorded().WithoutTable("msdyn_project").Build());

        Assert.Equal(FitCheckExitCode.BadInput, world.Run(world.LiveArguments()));
        Assert.Contains("this Dataverse has no msdyn_project table, so Dynamics 365 Project Operations is not installed in it", world.Output);
    }
}
