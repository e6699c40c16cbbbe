using System;
using System.ServiceModel;
using DualWrite.Common.Tables;
using DualWrite.Testing;
using DualWrite.Testing.ProjectOperations;
using DualWrite.Tests.Testing.Activities;
using Microsoft.Xrm.Sdk;
using Xunit;

namespace DualWrite.Tests.Testing;

/// <summary>A custom process action run by its message name, as the platform runs a synchronous one: inputs, activity, outputs, one transaction.</summary>
public sealed class ActionExecutionTests
{
    private const string Probe = "dw_Probe";
    private readonly InMemoryDataverse _dataverse = ProjectOperationsSchema.NewOrganization();

    public ActionExecutionTests()
    {
        _dataverse.RegisterAction(Probe, new ActionProbeActivity());
    }

    [Fact]
    public void TheRequestsParametersAreTheActivitysInputsAndItsOutputsAreTheResponsesResults()
    {
        OrganizationResponse response = _dataverse.GetOrganizationService().Execute(new OrganizationRequest(Probe) { ["Name"] = "first", ["Attempts"] = 2 });

        Assert.Equal(Probe, response.ResponseName);
        Assert.Equal($"{Probe} mode 0 in transaction True depth 1 on none", response.Results["Context"]);
        Entity row = Assert.Single(_dataverse.Records(OutboxTable.LogicalName));
        Assert.Equal("first", row.GetAttributeValue<string>(OutboxTable.Columns.Name));
        Assert.Equal(2, row.GetAttributeValue<int>(OutboxTable.Columns.Attempts));
    }

    [Fact]
    public void AFailingActivityRollsBackWhatItWroteAndTheCallerGetsItsMessageAsAFault()
    {
        var fault = Assert.Throws<FaultException<OrganizationServiceFault>>(() =>
            _dataverse.GetOrganizationService().Execute(new OrganizationRequest(Probe) { ["Name"] = "fail" }));

        Assert.Contains("The probe was told to fail.", fault.Detail.Message);
        Assert.Empty(_dataverse.Records(OutboxTable.LogicalName));
    }

    [Fact]
    public void AParameterTheActionDoesNotDeclareIsRefusedNamingItAndNothingRuns()
    {
        var fault = Assert.Throws<FaultException<OrganizationServiceFault>>(() =>
            _dataverse.GetOrganizationService().Execute(new OrganizationRequest(Probe) { ["Name"] = "x", ["Colour"] = "red" }));

        Assert.Contains(Probe, fault.Detail.Message);
        Assert.Contains("'Colour'", fault.Detail.Message);
        Assert.Empty(_dataverse.Records(OutboxTable.LogicalName));
    }

    [Fact]
    public void AParameterOfTheWrongTypeOrAMissingRequiredOneIsRefused()
    {
        IOrganizationService service = _dataverse.GetOrganizationService();

        var wrongType = Assert.Throws<FaultException<OrganizationServiceFault>>(() => service.Execute(new OrganizationRequest(Probe) { ["Name"] = "x", ["Attempts"] = "two" }));
        var missing = Assert.Throws<FaultException<OrganizationServiceFault>>(() => service.Execute(new OrganizationRequest(Probe) { ["Attempts"] = 1 }));

        Assert.Contains("'Attempts'", wrongType.Detail.Message);
        Assert.Contains("Name", missing.Detail.Message);
        Assert.Empty(_dataverse.Records(OutboxTable.LogicalName));
    }

    [Fact]
    public void AnActionCannotTakeTheNameOfAMessageThatExists()
    {
        Assert.Throws<FaultException<OrganizationServiceFault>>(() => _dataverse.RegisterAction("Create", new ActionProbeActivity()));
        Assert.Throws<FaultException<OrganizationServiceFault>>(() => _dataverse.RegisterAction(Probe, new ActionProbeActivity()));
    }

    [Fact]
    public void AnUnregisteredActionIsAnUnknownMessage()
    {
        var fault = Assert.Throws<FaultException<OrganizationServiceFault>>(() => _dataverse.GetOrganizationService().Execute(new OrganizationRequest("dw_Nothing")));

        Assert.Contains("dw_Nothing", fault.Detail.Message);
    }
}
