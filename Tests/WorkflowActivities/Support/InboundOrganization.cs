using System;
using DualWrite.Common.Tables;
using DualWrite.Testing;
using DualWrite.Testing.ProjectOperations;
using Microsoft.Xrm.Sdk;

namespace DualWrite.Tests.WorkflowActivities.Support;

/// <summary>
/// A Project Operations organization with the reference data Finance's documents point at: legal entity USPM (and
/// DEMF), currency USD, units, a project with a task, transaction categories, an expense category, a vendor, a product.
/// </summary>
internal sealed class InboundOrganization
{
    public static readonly Guid Uspm = new("10000000-0000-0000-0000-000000000001");
    public static readonly Guid Demf = new("10000000-0000-0000-0000-000000000002");
    public static readonly Guid Usd = new("20000000-0000-0000-0000-000000000001");
    public static readonly Guid UnitSchedule = new("30000000-0000-0000-0000-000000000000");
    public static readonly Guid Each = new("30000000-0000-0000-0000-000000000001");
    public static readonly Guid Hour = new("30000000-0000-0000-0000-000000000002");
    public static readonly Guid Project = new("40000000-0000-0000-0000-000000000001");
    public static readonly Guid Task = new("40000000-0000-0000-0000-000000000002");
    public static readonly Guid Travel = new("50000000-0000-0000-0000-000000000001");
    public static readonly Guid Subcontract = new("50000000-0000-0000-0000-000000000002");
    public static readonly Guid Hotel = new("50000000-0000-0000-0000-000000000003");
    public static readonly Guid Vendor = new("60000000-0000-0000-0000-000000000001");
    public static readonly Guid Product = new("70000000-0000-0000-0000-000000000001");

    public InboundOrganization()
    {
        Dataverse = ProjectOperationsSchema.NewOrganization();
        Dataverse.Initialize(
            new Entity("cdm_company", Uspm) { ["cdm_name"] = "Contoso US", ["cdm_companycode"] = "USPM" },
            new Entity("cdm_company", Demf) { ["cdm_name"] = "Contoso DE", ["cdm_companycode"] = "DEMF" },
            new Entity("transactioncurrency", Usd) { ["currencyname"] = "US Dollar", ["isocurrencycode"] = "USD" },
            new Entity("uomschedule", UnitSchedule) { ["name"] = "Units" },
            new Entity("uom", Each) { ["name"] = "Each", ["uomscheduleid"] = new EntityReference("uomschedule", UnitSchedule) },
            new Entity("uom", Hour) { ["name"] = "Hour", ["uomscheduleid"] = new EntityReference("uomschedule", UnitSchedule) },
            new Entity("msdyn_project", Project) { ["msdyn_subject"] = "Rollout", ["msdyn_projectnumber"] = "PRJ-0001", ["msdyn_owningcompany"] = Ref("cdm_company", Uspm) },
            new Entity("msdyn_projecttask", Task) { ["msdyn_subject"] = "Design", ["msdyn_wbsid"] = "1.1", ["msdyn_project"] = Ref("msdyn_project", Project) },
            new Entity("msdyn_transactioncategory", Travel) { ["msdyn_name"] = "Travel" },
            new Entity("msdyn_transactioncategory", Subcontract) { ["msdyn_name"] = "Subcontract" },
            new Entity("msdyn_expensecategory", Hotel) { ["msdyn_name"] = "Hotel", ["msdyn_expensecategoryuid"] = Ref("msdyn_transactioncategory", Travel), ["msdyn_categoryid"] = "Hotel", ["msdyn_company"] = Ref("cdm_company", Uspm) },
            new Entity("account", Vendor) { ["name"] = "Fabrikam Consulting", ["accountnumber"] = "V-0001", ["msdyn_company"] = Ref("cdm_company", Uspm) },
            new Entity("product", Product) { ["name"] = "Cabling", ["productnumber"] = "P-100" });
    }

    public InMemoryDataverse Dataverse { get; }

    public static EntityReference Ref(string table, Guid id) => new(table, id);

    /// <summary>A sync state as the outbound sync leaves it after Finance accepted a send: Synced, with the send's correlation id.</summary>
    public Guid AddSyncedState(string table, Guid record, string correlationId, string map = "actuals", string legalEntity = "USPM")
    {
        var id = Guid.NewGuid();
        Dataverse.Initialize(new Entity(SyncStateTable.LogicalName, id)
        {
            [SyncStateTable.Columns.Name] = $"{map} {table} {record:D}",
            [SyncStateTable.Columns.Map] = map,
            [SyncStateTable.Columns.SourceTable] = table,
            [SyncStateTable.Columns.SourceId] = record.ToString("D"),
            [SyncStateTable.Columns.LegalEntity] = legalEntity,
            [SyncStateTable.Columns.Status] = new OptionSetValue(SyncStateTable.Status.Synced),
            [SyncStateTable.Columns.CorrelationId] = correlationId,
        });
        return id;
    }

    /// <summary>An outbox row in the given delivery status, as the outbound delivery leaves it.</summary>
    public Guid AddOutboxRow(string table, Guid record, int status, int attempts = 3)
    {
        var id = Guid.NewGuid();
        Dataverse.Initialize(new Entity(OutboxTable.LogicalName, id)
        {
            [OutboxTable.Columns.Name] = $"actuals Upsert {table} {record:D}",
            [OutboxTable.Columns.ChangeId] = $"actuals:{record:N}:{id:N}",
            [OutboxTable.Columns.Map] = "actuals",
            [OutboxTable.Columns.SourceTable] = table,
            [OutboxTable.Columns.SourceId] = record.ToString("D"),
            [OutboxTable.Columns.Operation] = new OptionSetValue(OutboxTable.Operation.Upsert),
            [OutboxTable.Columns.Status] = new OptionSetValue(status),
            [OutboxTable.Columns.Attempts] = attempts,
            [OutboxTable.Columns.NextAttemptOn] = new DateTime(2026, 1, 1, 10, 0, 0, DateTimeKind.Utc),
            [OutboxTable.Columns.LastError] = "Finance refused: 500",
        });
        return id;
    }
}
