using System;
using DualWrite.Common.Tables;
using DualWrite.Testing;
using DualWrite.Testing.ProjectOperations;
using DualWrite.Tests.Testing.Support;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;
using Xunit;

namespace DualWrite.Tests.Testing;

public sealed class ProjectOperationsSchemaTests
{
    private readonly InMemoryDataverse _dataverse = ProjectOperationsSchema.NewOrganization();

    [Fact]
    public void TheSolutionsOwnTablesAreDeclaredFromTheShippedDefinitionsWithTheirKeys()
    {
        foreach (TableDefinition table in DualWriteTables.All)
        {
            Assert.True(_dataverse.Schema.TryGetTable(table.LogicalName, out var declared), table.LogicalName);
            foreach (ColumnDefinition column in table.AllColumns)
            {
                Assert.True(declared.TryGetColumn(column.LogicalName, out _), $"{table.LogicalName}.{column.LogicalName}");
            }
        }

        IOrganizationService service = _dataverse.GetOrganizationService();
        var state = new Entity(SyncStateTable.LogicalName)
        {
            [SyncStateTable.Columns.Name] = "msdyn_projects P-1",
            [SyncStateTable.Columns.Map] = "msdyn_projects",
            [SyncStateTable.Columns.SourceTable] = "msdyn_project",
            [SyncStateTable.Columns.SourceId] = Guid.NewGuid().ToString(),
            [SyncStateTable.Columns.LegalEntity] = "usmf",
            [SyncStateTable.Columns.Status] = new OptionSetValue(SyncStateTable.Status.Synced),
        };
        service.Create(state);

        var again = new Entity(SyncStateTable.LogicalName);
        again.KeyAttributes[SyncStateTable.Columns.Map] = "msdyn_projects";
        again.KeyAttributes[SyncStateTable.Columns.SourceId] = state.GetAttributeValue<string>(SyncStateTable.Columns.SourceId)!;
        again.KeyAttributes[SyncStateTable.Columns.LegalEntity] = "usmf";
        again[SyncStateTable.Columns.Status] = new OptionSetValue(SyncStateTable.Status.Confirmed);
        var response = (UpsertResponse)service.Execute(new UpsertRequest { Target = again });

        Assert.False(response.RecordCreated);
        Assert.Equal(SyncStateTable.Status.Confirmed, Assert.Single(_dataverse.Records(SyncStateTable.LogicalName)).GetAttributeValue<OptionSetValue>(SyncStateTable.Columns.Status)!.Value);
    }

    [Fact]
    public void AProjectBelongsToACompanyByItsCodeAndItsTasksGoWithIt()
    {
        IOrganizationService service = _dataverse.GetOrganizationService();
        Guid company = service.Create(new Entity("cdm_company") { ["cdm_name"] = "Contoso US", ["cdm_companycode"] = "usmf" });
        Guid project = service.Create(new Entity("msdyn_project")
        {
            ["msdyn_subject"] = "Fit-out",
            ["msdyn_projectnumber"] = "P-1",
            ["msdyn_owningcompany"] = new EntityReference("cdm_company", company),
        });
        service.Create(new Entity("msdyn_projecttask") { ["msdyn_subject"] = "Design", ["msdyn_project"] = new EntityReference("msdyn_project", project), ["msdyn_wbsid"] = "1" });

        service.Delete("msdyn_project", project);

        Assert.Empty(_dataverse.Records("msdyn_projecttask"));
        AssertFault.Throws(DualWrite.Testing.Faults.ErrorCodes.DuplicateRecordEntityKey, () =>
        {
            service.Create(new Entity("msdyn_project") { ["msdyn_subject"] = "A", ["msdyn_projectnumber"] = "P-2", ["msdyn_owningcompany"] = new EntityReference("cdm_company", company) });
            service.Create(new Entity("msdyn_project") { ["msdyn_subject"] = "B", ["msdyn_projectnumber"] = "P-2", ["msdyn_owningcompany"] = new EntityReference("cdm_company", company) });
        });
    }
}
