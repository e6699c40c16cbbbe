using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Nodes;
using DualWrite.Testing.ProjectOperations;
using Microsoft.Xrm.Sdk;
using Xunit;

namespace DualWrite.Tests.Sync;

/// <summary>
/// Every map through the pipeline against the emulator (live mode): the exact Finance row a new record becomes, a
/// change of a mapped column PATCHing only that row, and a change of a column the map does not read sending nothing;
/// the maps with rows of their own shape (shared roles, a category per legal entity, the proforma's filter) apart.
/// </summary>
public sealed class OutboundMapTests : IDisposable
{
    private const string Usmf = "usmf";
    private readonly OutboundWorld _world = new(legalEntities: """["usmf","demf"]""");
    private readonly ProjectOperationsRecords _records;

    public OutboundMapTests()
    {
        _records = new ProjectOperationsRecords(_world);
        _world.Seed("cdm_company", ("cdm_name", "Contoso Germany"), ("cdm_companycode", "demf"));
    }

    public static TheoryData<string> Maps => new()
    {
        "salesorders", "msdyn_projectcontractsplitbillingrules", "salesorderdetails", "msdyn_projects", "msdyn_projecttasks",
        "msdyn_contractlinescheduleofvalues", "msdyn_resourceassignments", "msdyn_estimatelines.expense", "msdyn_estimatelines.material",
        "msdyn_actuals", "msdyn_transactionconnections",
    };

    [Theory]
    [MemberData(nameof(Maps))]
    public void ANewRecordBecomesExactlyItsFinanceRow(string map)
    {
        MapScenario scenario = Scenario(map);

        JsonObject row = Assert.Single(_world.Rows(scenario.EntitySet));
        _world.AssertRow(scenario.EntitySet, row, scenario.ExpectedRow);
    }

    [Theory]
    [MemberData(nameof(Maps))]
    public void AChangeOfAMappedColumnPatchesOnlyThatRow(string map)
    {
        MapScenario scenario = Scenario(map);
        _world.Session.Host.Log.Clear();

        _world.Update(scenario.Record, scenario.MappedChange);

        var request = Assert.Single(_world.DataRequests);
        Assert.Equal("PATCH", request.Method);
        Assert.StartsWith($"/data/{scenario.EntitySet}(", request.Url);
        if (scenario.ExpectedRow.ContainsKey("dataAreaId"))
        {
            Assert.Contains("dataAreaId='usmf'", request.Url, StringComparison.Ordinal);
        }
        else
        {
            Assert.DoesNotContain("dataAreaId", request.Url, StringComparison.Ordinal); // a shared entity has no company
        }

        var expected = new Dictionary<string, object>(scenario.ExpectedRow) { [scenario.ExpectedChange.Field] = scenario.ExpectedChange.Value };
        _world.AssertRow(scenario.EntitySet, Assert.Single(_world.Rows(scenario.EntitySet)), expected);
    }

    [Theory]
    [MemberData(nameof(Maps))]
    public void AChangeOfAColumnNoMapReadsSendsNothing(string map)
    {
        MapScenario scenario = Scenario(map);
        _world.Session.Host.Log.Clear();

        _world.Update(scenario.Record, scenario.UnmappedChange);

        Assert.Empty(_world.DataRequests);
    }

    [Fact]
    public void AResourceRoleIsOneSharedRowKeyedByItsName()
    {
        EntityReference role = _world.Create("bookableresourcecategory", ("name", "Architect"), ("description", "Designs the works"));

        _world.AssertOnlyRow("ResourceCategoriesShared", new Dictionary<string, object> { ["RoleId"] = "Architect", ["Description"] = "Designs the works", ["IsCategoryDisabled"] = "False" });

        _world.Session.Host.Log.Clear();
        _world.Update(role, ("description", "Leads the design"));
        Assert.Equal("PATCH", Assert.Single(_world.DataRequests).Method);
        _world.AssertOnlyRow("ResourceCategoriesShared", new Dictionary<string, object> { ["RoleId"] = "Architect", ["Description"] = "Leads the design", ["IsCategoryDisabled"] = "False" });

        _world.Session.Host.Log.Clear();
        _world.Update(role, ("statecode", RecordedChoice.Option("bookableresourcecategory", "statecode", "Inactive")));
        Assert.Equal("PATCH", Assert.Single(_world.DataRequests).Method);
        Assert.Equal("True", (string)Assert.Single(_world.Rows("ResourceCategoriesShared"))["IsCategoryDisabled"]!);

        _world.Session.Host.Log.Clear();
        _world.Update(role, ("msdyn_billingtype", RecordedChoice.Option("bookableresourcecategory", "msdyn_billingtype", "Chargeable")));
        Assert.Empty(_world.DataRequests);
    }

    [Fact]
    public void ATransactionCategoryBecomesOneCategoryPerLegalEntity()
    {
        EntityReference category = _world.Create("msdyn_transactioncategory", ("msdyn_name", "Design"));

        JsonObject[] rows = _world.Rows("ProjCDSCategories").OrderBy(r => (string)r["dataAreaId"]!).ToArray();
        Assert.Equal(2, rows.Length);
        _world.AssertRow("ProjCDSCategories", rows[0], new Dictionary<string, object> { ["dataAreaId"] = "demf", ["CategoryId"] = "Design", ["IntegrationId"] = category.Id.ToString("D") });
        _world.AssertRow("ProjCDSCategories", rows[1], new Dictionary<string, object> { ["dataAreaId"] = Usmf, ["CategoryId"] = "Design", ["IntegrationId"] = category.Id.ToString("D") });

        _world.Session.Host.Log.Clear();
        _world.Update(category, ("msdyn_billingtype", RecordedChoice.Option("msdyn_transactioncategory", "msdyn_billingtype", "Chargeable")));
        Assert.Empty(_world.DataRequests);
    }

    [Fact]
    public void AConfirmedProformaBecomesAnInvoiceProposalAndItsLinesStayInDataverse()
    {
        EntityReference contract = _records.Contract();
        EntityReference project = _records.Project(contract);
        EntityReference line = _records.Line(contract, project);
        EntityReference invoice = _records.Invoice(contract, "INV-0042");
        _records.InvoiceLine(invoice, line, 1);
        _records.InvoiceLine(invoice, line, 2);
        Assert.Empty(_world.Rows("ProjInvoiceProposalsV2"));
        _world.Session.Host.Log.Clear();

        _world.Update(invoice, ("msdyn_projectinvoicestatus", RecordedChoice.Option("invoice", "msdyn_projectinvoicestatus", "Confirmed")));

        // Finance builds the proposal's lines from the billed-sales actuals: only the header goes, as a plain write.
        Assert.NotEmpty(_world.DataRequests);
        Assert.All(_world.DataRequests, r => Assert.StartsWith("/data/ProjInvoiceProposalsV2", r.Url, StringComparison.Ordinal));
        _world.AssertOnlyRow("ProjInvoiceProposalsV2", new Dictionary<string, object>
        {
            ["dataAreaId"] = Usmf, ["InvoiceProposalId"] = "INV-0042", ["ProjectContractId"] = "PC-001", ["SalesCurrency"] = "USD",
            ["InvoiceDate"] = "2025-03-31T00:00:00Z", ["InvoiceHeaderText"] = "January",
        });

        _world.Session.Host.Log.Clear();
        _world.Update(invoice, ("description", "internal note"));
        Assert.Empty(_world.DataRequests);
    }

    [Fact]
    public void ADraftProformaSendsNothing()
    {
        EntityReference contract = _records.Contract();
        _world.Session.Host.Log.Clear();

        EntityReference invoice = _records.Invoice(contract, "INV-0043");
        _world.Update(invoice, ("name", "February"));

        Assert.Empty(_world.DataRequests);
    }

    public void Dispose() => _world.Dispose();

    private MapScenario Scenario(string map)
    {
        EntityReference contract = _records.Contract();
        string contractId = "PC-001";
        if (map == "salesorders")
        {
            return new(contract, "CDSProjectContracts", Row(("ProjectContractID", contractId), ("Name", "Fit-out"), ("CustomerAccount", "US-001"), ("CurrencyCode", "USD")),
                ("name", "Fit-out 2"), ("Name", "Fit-out 2"), ("description", "Office fit-out, revised"));
        }

        if (map == "msdyn_projectcontractsplitbillingrules")
        {
            EntityReference other = _world.Seed("account", ("name", "Fabrikam"), ("accountnumber", "US-002"), ("msdyn_company", _world.Company));
            EntityReference funding = _world.Create("msdyn_projectcontractsplitbillingrule", ("msdyn_name", "Adventure Works 100%"), ("msdyn_contract", contract), ("msdyn_customer", _world.Customer), ("msdyn_allocationpercentage", 100m));
            return new(funding, "ProjectFundingSources", Row(("ProjectContractID", contractId), ("FundingSourceId", "Adventure Works 100%"), ("CustomerOrOrganization", "US-001"), ("FundingType", "Customer")),
                ("msdyn_customer", other), ("CustomerOrOrganization", "US-002"), ("msdyn_allocationpercentage", 60m));
        }

        EntityReference project = _records.Project(contract);
        if (map == "msdyn_projects")
        {
            return new(project, "ProjCDSProjects", Row(
                    ("ProjectID", "PRJ-001"), ("ProjectName", "Fit-out works"), ("Description", "Phase 1"), ("CustomerAccount", "US-001"), ("ProjectContractID", contractId),
                    ("StartDate", "2025-01-06T00:00:00Z"), ("EndDate", "2025-03-31T00:00:00Z"), ("ProjectStage", "InProcess")),
                ("statecode", RecordedChoice.Option("msdyn_project", "statecode", "Inactive")), ("ProjectStage", "Completed"), ("msdyn_actualstart", ProjectOperationsRecords.Start));
        }

        EntityReference line = _records.Line(contract, project);
        if (map == "salesorderdetails")
        {
            return new(line, "CDSProjectContractLines", Row(("ContractId", contractId), ("ContractLine", 1), ("TransactionId", line.Id.ToString("D")), ("Description", "Design"), ("Type", "LumpSum"), ("ProjectId", "PRJ-001")),
                ("msdyn_billingmethod", RecordedChoice.Option("salesorderdetail", "msdyn_billingmethod", "Time and Material")), ("Type", "TAndM"), ("extendedamount", new Money(1500m)));
        }

        if (map == "msdyn_contractlinescheduleofvalues")
        {
            EntityReference milestone = _world.Create("msdyn_contractlinescheduleofvalue", ("msdyn_name", "Design sign-off"), ("msdyn_contractlineid", line), ("msdyn_contract", contract),
                ("msdyn_milestonedate", ProjectOperationsRecords.Finish), ("msdyn_amount", new Money(600m)), ("transactioncurrencyid", _world.Currency));
            return new(milestone, "CDSProjectContractLineMilestones", Row(("TransactionId", milestone.Id.ToString("D")), ("ContractLineRef", line.Id.ToString("D")), ("InvoiceDate", "2025-03-31T00:00:00Z"), ("Description", "Design sign-off"), ("CurrencyId", "USD"), ("Amount", 600m)),
                ("msdyn_amount", new Money(650.5m)), ("Amount", 650.5m), ("msdyn_description", "Signed by the customer"));
        }

        EntityReference task = _records.Task(project);
        if (map == "msdyn_projecttasks")
        {
            return new(task, "ProjCDSTasks", Row(("Task", task.Id.ToString("D")), ("ProjectId", "PRJ-001"), ("WorkBreakdownStructureID", "1.1"), ("Name", "Survey")),
                ("msdyn_subject", "Site survey"), ("Name", "Site survey"), ("msdyn_effort", 20.0));
        }

        if (map == "msdyn_resourceassignments")
        {
            EntityReference assignment = _world.Create("msdyn_resourceassignment", ("msdyn_name", "Ana on survey"), ("msdyn_projectid", project), ("msdyn_taskid", task), ("msdyn_bookableresourceid", _world.Resource),
                ("msdyn_hours", 16m), ("msdyn_plannedcost", new Money(800m)), ("msdyn_plannedsales", new Money(1520m)), ("msdyn_fromdate", ProjectOperationsRecords.Start), ("msdyn_todate", ProjectOperationsRecords.Finish), ("transactioncurrencyid", _world.Currency));
            return new(assignment, "ProjEstimateHoursImport", Row(("EstimateHoursImportId", assignment.Id.ToString("D")), ("ProjectId", "PRJ-001"), ("ProjCDSResourceId", _world.Resource.Id.ToString("D")),
                    ("Duration", 16m), ("PlannedCostAmount", 800m), ("PlannedSalesAmount", 1520m), ("StartDate", "2025-01-06T00:00:00Z")),
                ("msdyn_hours", 20m), ("Duration", 20m), ("msdyn_todate", ProjectOperationsRecords.Start));
        }

        if (map is "msdyn_estimatelines.expense" or "msdyn_estimatelines.material")
        {
            bool expense = map.EndsWith("expense", StringComparison.Ordinal);
            EntityReference estimate = _world.Create("msdyn_estimateline", ("msdyn_description", "Estimate"), ("msdyn_project", project), ("msdyn_task", task),
                ("msdyn_transactionclassification", RecordedChoice.Option("msdyn_estimateline", "msdyn_transactionclassification", expense ? "Expense" : "Material")),
                ("msdyn_transactiontypecode", RecordedChoice.Option("msdyn_estimateline", "msdyn_transactiontypecode", "Cost")),
                ("msdyn_billingtype", RecordedChoice.Option("msdyn_estimateline", "msdyn_billingtype", "Chargeable")),
                ("msdyn_transactioncategory", _world.Category), ("msdyn_product", _world.Product), ("msdyn_bookableresource", _world.Resource), ("msdyn_quantity", 3m), ("msdyn_price", new Money(45m)), ("msdyn_amount", new Money(135m)),
                ("msdyn_documentdate", ProjectOperationsRecords.Start), ("msdyn_startdatetime", ProjectOperationsRecords.Start), ("msdyn_enddatetime", ProjectOperationsRecords.Finish), ("transactioncurrencyid", _world.Currency));
            Assert.Empty(_world.Rows(expense ? "ProjForecastSalesImport" : "ProjEstimateExpensesImports"));
            return expense
                ? new(estimate, "ProjEstimateExpensesImports", Row(("EstimateExpensesImportId", estimate.Id.ToString("D")), ("EstimateLineId", estimate.Id.ToString("D")), ("ProjectId", "PRJ-001"), ("TransactionCategoryId", "Travel"),
                        ("TransType", "Cost"), ("BillingType", "Chargeable"), ("Quantity", 3m), ("Price", 45m), ("CurrencyId", "USD"), ("StartDate", "2025-01-06T00:00:00Z"), ("EndDate", "2025-03-31T00:00:00Z"),
                        ("ProjCDSResourceId", _world.Resource.Id.ToString("D")), ("Description", "Estimate")),
                    ("msdyn_quantity", 4m), ("Quantity", 4m), ("msdyn_amount", new Money(180m)))
                : new(estimate, "ProjForecastSalesImport", Row(("ImportId", estimate.Id.ToString("D")), ("ForecastLineId", estimate.Id.ToString("D")), ("ProjId", "PRJ-001"), ("ItemId", "P-100"), ("TransactionCategoryId", "Travel"),
                        ("TransType", "Cost"), ("BillingType", "Chargeable"), ("SalesQty", 3m), ("Price", 45m), ("Currency", "USD"), ("StartDate", "2025-01-06T00:00:00Z"), ("EndDate", "2025-03-31T00:00:00Z"), ("Comment", "Estimate")),
                    ("msdyn_price", new Money(50m)), ("Price", 50m), ("msdyn_amount", new Money(150m)));
        }

        EntityReference actual = _records.Actual(project, task, contract, line);
        if (map == "msdyn_actuals")
        {
            return new(actual, "ProjActualsImports", Row(
                    ("ActualsImportId", actual.Id.ToString("D")), ("ActualId", actual.Id.ToString("D")), ("ProjectId", "PRJ-001"), ("ProjectDataAreaId", Usmf), ("ContractId", contractId), ("ContractLineId", line.Id.ToString("D")),
                    ("ResourceId", _world.Resource.Id.ToString("D")), ("TransactionClassification", RecordedChoice.Value("msdyn_actual", "msdyn_transactionclassification", "Time")), ("TransactionType", "Cost"),
                    ("TransactionCategoryId", "Travel"), ("BillingType", "Chargeable"), ("Quantity", 8m), ("UnitOfMeasure", "Hour"), ("UnitPrice", 95m), ("Amount", 760m), ("TransactionCurrencyId", "USD"),
                    ("DocumentDate", "2025-01-06T00:00:00Z"), ("AccountingDate", "2025-01-06T00:00:00Z"), ("StartDate", "2025-01-06T00:00:00Z"), ("EndDate", "2025-01-06T00:00:00Z"), ("Description", "Survey hours")),
                ("msdyn_quantity", 7.5m), ("Quantity", 7.5m), ("msdyn_externalreferenceid", "V-0001"));
        }

        // msdyn_transactionconnections: a shared entity (no company); the transactions are actual ids as text.
        EntityReference reversal = _records.Actual(project, task, contract, line);
        EntityReference connection = _world.Create("msdyn_transactionconnection", ("msdyn_name", "Reversal"),
            ("msdyn_transaction1", actual.Id.ToString("D")), ("msdyn_transaction1role", "Original"), ("msdyn_transaction1type", "msdyn_actual"),
            ("msdyn_transaction2", reversal.Id.ToString("D")), ("msdyn_transaction2role", "Reversal"), ("msdyn_transaction2type", "msdyn_actual"));
        return new(connection, "ProjTransactionRelationshipImports", new Dictionary<string, object>
            {
                ["ConnectionId"] = connection.Id.ToString("D"), ["Transaction1Id"] = actual.Id.ToString("D"), ["Transaction1Role"] = "Original", ["Transaction1Type"] = "msdyn_actual",
                ["Transaction2Id"] = reversal.Id.ToString("D"), ["Transaction2Role"] = "Reversal", ["Transaction2Type"] = "msdyn_actual",
            },
            ("msdyn_transaction2role", "Replacement"), ("Transaction2Role", "Replacement"), ("msdyn_name", "Renamed"));
    }

    private static Dictionary<string, object> Row(params (string Field, object Value)[] fields)
    {
        var row = new Dictionary<string, object> { ["dataAreaId"] = Usmf };
        foreach ((string field, object value) in fields)
        {
            row[field] = value;
        }

        return row;
    }
}
