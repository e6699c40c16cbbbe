using DualWrite.Plugins.Registration;
using DualWrite.Testing;
using DualWrite.Testing.Faults;
using DualWrite.Tests.Testing.Plugins;
using DualWrite.Tests.Testing.Support;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;
using Xunit;
using static DualWrite.Tests.Testing.Support.LimitedTables;
using static DualWrite.Tests.Testing.Support.Steps;

namespace DualWrite.Tests.Testing;

/// <summary>
/// A table or column the organization does not have is the platform's fault wherever it is named: in a write, a
/// column set, a condition, an order, a link-entity and a step's image or filtering attributes. The query checks hold
/// when no row is there to read, so an empty table cannot hide a wrong name.
/// </summary>
public sealed class UnknownNameTests
{
    private const string Missing = "dw_nosuchcolumn";

    private readonly InMemoryDataverse _dataverse = LimitedTables.NewOrganization();
    private readonly IOrganizationService _service;

    public UnknownNameTests()
    {
        _service = _dataverse.GetOrganizationService();
    }

    [Fact]
    public void AWriteNamingAnUnknownTableOrColumnIsRefused()
    {
        OrganizationServiceFault fault = AssertFault.Throws(ErrorCodes.QueryBuilderNoEntity, () => _service.Create(new Entity("dw_nosuchtable")));
        Assert.Equal("The entity with a name = 'dw_nosuchtable' with namemapping = 'Logical' was not found in the MetadataCache.", fault.Message);

        fault = AssertFault.Throws(ErrorCodes.QueryBuilderNoAttribute, () => _service.Create(new Entity(Limited) { [Missing] = 1 }));
        Assert.Equal("'dw_limited' entity doesn't contain attribute with Name = 'dw_nosuchcolumn' and NameMapping = 'Logical'.", fault.Message);

        var id = _service.Create(new Entity(Limited));
        AssertFault.Throws(ErrorCodes.QueryBuilderNoAttribute, () => _service.Update(new Entity(Limited, id) { [Missing] = 1 }));
    }

    [Fact]
    public void AColumnSetConditionOrOrderNamingAnUnknownColumnIsRefused()
    {
        AssertFault.Throws(ErrorCodes.QueryBuilderNoAttribute, () => _service.RetrieveMultiple(new QueryExpression(Limited) { ColumnSet = new ColumnSet(Missing) }));

        var condition = new QueryExpression(Limited);
        condition.Criteria.AddCondition(Missing, ConditionOperator.Equal, 1);
        AssertFault.Throws(ErrorCodes.QueryBuilderNoAttribute, () => _service.RetrieveMultiple(condition));

        var order = new QueryExpression(Limited);
        order.AddOrder(Missing, OrderType.Ascending);
        AssertFault.Throws(ErrorCodes.QueryBuilderNoAttribute, () => _service.RetrieveMultiple(order));
    }

    [Fact]
    public void ALinkEntityNamingAnUnknownColumnIsRefusedEvenWithNoRowToJoin()
    {
        var columns = new QueryExpression(Limited);
        LinkEntity parent = columns.AddLink(Parent, "dw_parentid", "dw_parentid", JoinOperator.LeftOuter);
        parent.EntityAlias = "p";
        parent.Columns = new ColumnSet("dw_name", Missing);
        OrganizationServiceFault fault = AssertFault.Throws(ErrorCodes.QueryBuilderNoAttribute, () => _service.RetrieveMultiple(columns));
        Assert.Contains("'dw_parent' entity doesn't contain attribute with Name = 'dw_nosuchcolumn'", fault.Message, System.StringComparison.Ordinal);

        var conditions = new QueryExpression(Limited);
        conditions.AddLink(Parent, "dw_parentid", "dw_parentid").LinkCriteria.AddCondition(Missing, ConditionOperator.NotNull);
        AssertFault.Throws(ErrorCodes.QueryBuilderNoAttribute, () => _service.RetrieveMultiple(conditions));

        var joinColumn = new QueryExpression(Limited);
        joinColumn.AddLink(Parent, Missing, "dw_parentid");
        AssertFault.Throws(ErrorCodes.QueryBuilderNoAttribute, () => _service.RetrieveMultiple(joinColumn));

        var unknownTable = new QueryExpression(Limited);
        unknownTable.AddLink("dw_nosuchtable", "dw_parentid", "dw_parentid");
        AssertFault.Throws(ErrorCodes.QueryBuilderNoEntity, () => _service.RetrieveMultiple(unknownTable));
    }

    [Fact]
    public void AStepWhoseImageOrFilteringAttributesTheTableDoesNotHaveIsNotRegistered()
    {
        OrganizationServiceFault fault = AssertFault.Throws(ErrorCodes.QueryBuilderNoAttribute,
            () => _dataverse.RegisterStep(On<ContextRecorderPlugin>("Update", Limited, PipelineStage.PostOperation, "image", images: PreImage("pre", "dw_name", Missing))));
        Assert.Equal("'dw_limited' entity doesn't contain attribute with Name = 'dw_nosuchcolumn' and NameMapping = 'Logical'.", fault.Message);

        AssertFault.Throws(ErrorCodes.QueryBuilderNoAttribute,
            () => _dataverse.RegisterStep(On<ContextRecorderPlugin>("Update", Limited, PipelineStage.PostOperation, "filter", filteringAttributes: [Missing])));
        AssertFault.Throws(ErrorCodes.QueryBuilderNoEntity,
            () => _dataverse.RegisterStep(On<ContextRecorderPlugin>("Create", "dw_nosuchtable", PipelineStage.PostOperation, "table")));
        Assert.Empty(_dataverse.RegisteredSteps);

        _dataverse.RegisterStep(On<ContextRecorderPlugin>("Update", Limited, PipelineStage.PostOperation, "good", filteringAttributes: ["dw_name"], images: PostImage("post", "dw_name", "dw_count")));
        Assert.Single(_dataverse.RegisteredSteps);
    }
}
