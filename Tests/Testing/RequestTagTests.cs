using System.Linq;
using DualWrite.Plugins.Registration;
using DualWrite.Testing;
using DualWrite.Testing.Faults;
using DualWrite.Tests.Testing.Plugins;
using DualWrite.Tests.Testing.Support;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;
using Xunit;
using static DualWrite.Tests.Testing.Support.Steps;

namespace DualWrite.Tests.Testing;

/// <summary>The optional "tag" request parameter, which the platform hands every step as a shared variable.</summary>
public sealed class RequestTagTests
{
    private const string Project = TestTables.Project;
    private readonly InMemoryDataverse _dataverse = TestTables.NewOrganization();

    [Fact]
    public void ATaggedRequestsStepsSeeTheTagInEveryStage()
    {
        _dataverse.RegisterStep(On<ContextRecorderPlugin>("Create", Project, PipelineStage.PreValidation, "validation"));
        _dataverse.RegisterStep(On<ContextRecorderPlugin>("Create", Project, PipelineStage.PostOperation, "post"));

        _dataverse.GetOrganizationService().Execute(new CreateRequest { Target = new Entity(Project) { ["dw_name"] = "P" }, ["tag"] = "inbound" });

        Execution[] runs = ExecutionLog.Of(_dataverse.Identity.OrganizationId).ToArray();
        Assert.Equal(["validation", "post"], runs.Select(r => r.Label));
        Assert.All(runs, r => Assert.Equal("inbound", r.Context.SharedVariables["tag"]));
    }

    [Fact]
    public void AnUntaggedRequestHasNoTag()
    {
        _dataverse.RegisterStep(On<ContextRecorderPlugin>("Create", Project, PipelineStage.PostOperation, "post"));

        _dataverse.GetOrganizationService().Create(new Entity(Project) { ["dw_name"] = "P" });

        Assert.False(ExecutionLog.Of(_dataverse.Identity.OrganizationId).Single().Context.SharedVariables.ContainsKey("tag"));
    }

    [Fact]
    public void ATagThatIsNotTextIsRefused()
    {
        var request = new CreateRequest { Target = new Entity(Project) { ["dw_name"] = "P" }, ["tag"] = 42 };

        var fault = AssertFault.Throws(ErrorCodes.InvalidArgument, () => _dataverse.GetOrganizationService().Execute(request));

        Assert.Contains("'tag'", fault.Message);
        Assert.Empty(_dataverse.Records(Project));
    }
}
