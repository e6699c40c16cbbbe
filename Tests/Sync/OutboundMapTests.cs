using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Nodes;
using Microsoft.Xrm.Sdk;
using Xunit;

namespace DualWrite.Tests.Sync;

/// <summary>
/// Every map through the pipeline against the emulator (live mode): the exact Finance row a new record becomes, a
/// change of a mapped column PATCHing only that row, and a change of a column the map does not read sending nothing.
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

    public static TheoryData<string> CompanyMaps => new()
    {
        "salesorders", "msdyn_projectcontractssplitbillingrules", "salesorderdetails", "msdyn_projects", "msdyn_projecttasks",
        "msdyn_contractlinescheduleofvalues", "msdyn_resourceassignments", "msdyn_estimatelines.expense", "msdyn_estimatelines.material",
        "msdyn_actuals", "msdyn_transactionconnections", "msdyn_expenses",
    };

    [Theory]
    [MemberData(nameof(CompanyMaps))]
    public void ANewRecordBecomesExactlyItsFinanceRow(string map)
    {
        MapScenario scenario = Scenario(map);

        JsonObject row = Assert.Single(_world.Rows(scenario.EntitySet));
        OutboundWorld.AssertRow(row, scenario.ExpectedRow);
    }

    [Theory]
    [MemberData(nameof(CompanyMaps))]
    public void AChangeOfAMappedColumnPatchesOnlyThatRow(string map)
    {
        MapScenario scenario = Scenario(map);
        _world.Session.Host.Log.Clear();

        _world.Update(scenario.Record, scenario.MappedChange);

        var request = Assert.Single(_world.DataRequests);
        Assert.Equal("PATCH", request.Method);
        Assert.StartsWith($"/data/{scenario.EntitySet}(", request.Url);
        Assert.Contains("dataAreaId='usmf'", request.Url, StringComparison.Ordinal);
        var expected = new Dictionary<string, object>(scenario.ExpectedRow) { [scenario.ExpectedChange.Field] = scenario.ExpectedChange.Value };
        OutboundWorld.AssertRow(Assert.Single(_world.Rows(scenario.EntitySet)), expected);
    }

    [Theory]
    [MemberData(nameof(CompanyMaps))]
    public void AChangeOfAColumnNoMapReadsSendsNothing(string map)
    {
        MapScenario scenario = Scenario(map);
        _world.Session.Host.Log.Clear();

        _world.Update(scenario.Record, scenario.UnmappedChange);

        Assert.Empty(_world.DataRequests);
    }

    [Fact]
    public void AResourceRoleIsCopiedToEveryLegalEntityInScope()
    {
        EntityReference role = _world.Create("bookableresourcecategory", ("name", "Architect"), ("description", "Designs the works"));

        JsonObject[] rows = _world.Rows("ProjectResourceRoles").OrderBy(r => (string)r["dataAreaId"]!).ToArray();
        Assert.Equal(2, rows.Length);
        OutboundWorld.AssertRow(rows[0], new Dictionary<string, object> { ["dataAreaId"] = "demf", ["ResourceCategoryId"] = role.Id.ToString("D"), ["Name"] = "Architect", ["Description"] = "Designs the works" });
        OutboundWorld.AssertRow(rows[1], new Dictionary<string, object> { ["dataAreaId"] = Usmf, ["ResourceCategoryId"] = role.Id.ToString("D"), ["Name"] = "Architect", ["Description"] = "Designs the works" });

        _world.Session.Host.Log.Clear();
        _world.Update(role, ("name", "Lead architect"));
        Assert.Equal(2, _world.DataRequests.Count(r => r.Method == "PATCH"));
        Assert.All(_world.Rows("ProjectResourceRoles"), r => Assert.Equal("Lead architect", (string)r["Name"]!));

        _world.Session.Host.Log.Clear();
        _world.Update(role, ("statuscode", new OptionSetValue(2)));
        Assert.Empty(_world.DataRequests);
    }

    [Fact]
    public void ATransactionCategoryBecomesFourSharedCategories()
    {
        EntityReference category = _world.Create("msdyn_transactioncategory", ("msdyn_name", "Design"), ("msdyn_description", "Design work"));

        JsonObject[] rows = _world.Rows("ProjectSharedCategories").OrderBy(r => (string)r["TransactionType"]!).ToArray();
        Assert.Equal(["Expense", "Fee", "Hour", "Item"], rows.Select(r => (string)r["TransactionType"]!));
        foreach (JsonObject row in rows)
        {
            OutboundWorld.AssertRow(row, new Dictionary<string, object> { ["TransactionType"] = (string)row["TransactionType"]!, ["CategoryId"] = category.Id.ToString("D"), ["Name"] = "Design", ["Description"] = "Design work" });
        }

        _world.Session.Host.Log.Clear();
        _world.Update(category, ("statuscode", new OptionSetValue(2)));
        Assert.Empty(_world.DataRequests);
    }

    [Fact]
    public void AConfirmedProformaBecomesAnInvoiceProposalWithItsLinesInOneChangeSet()
    {
        EntityReference contract = _records.Contract();
        EntityReference project = _records.Project(contract);
        EntityReference line = _records.Line(contract, project);
        EntityReference invoice = _records.Invoice(contract, "INV-0042");
        EntityReference first = _records.InvoiceLine(invoice, line, 1);
        EntityReference second = _records.InvoiceLine(invoice, line, 2);
        Assert.Empty(_world.Rows("ProjectInvoiceProposals"));
        _world.Session.Host.Log.Clear();

        _world.Update(invoice, ("statuscode", new OptionSetValue(192350001)));

        Assert.Single(_world.DataRequests, r => r.Url.EndsWith("$batch", StringComparison.Ordinal));
        _world.AssertOnlyRow("ProjectInvoiceProposals", new Dictionary<string, object>
        {
            ["dataAreaId"] = Usmf, ["ProposalId"] = "INV-0042", ["ContractId"] = "PC-001", ["CustomerAccount"] = "US-001", ["CurrencyCode"] = "USD",
            ["InvoiceDate"] = "2025-03-31T00:00:00Z", ["Description"] = "January", ["TotalAmount"] = 760m,
        });
        JsonObject[] lines = _world.Rows("ProjectInvoiceProposalLines").OrderBy(r => (string)r["Description"]!).ToArray();
        Assert.Equal(2, lines.Length);
        OutboundWorld.AssertRow(lines[0], new Dictionary<string, object>
        {
            ["dataAreaId"] = Usmf, ["ProposalId"] = "INV-0042", ["LineId"] = first.Id.ToString("D"), ["Description"] = "Line 1",
            ["ContractLine"] = line.Id.ToString("D"), ["Quantity"] = 2m, ["UnitPrice"] = 10m, ["Amount"] = 20m,
        });
        Assert.Equal(second.Id.ToString("D"), (string)lines[1]["LineId"]!);

        _world.Session.Host.Log.Clear();
        _world.Update(invoice, ("description", "internal note"));
        Assert.Empty(_world.DataRequests);
    }

    public void Dispose() => _world.Dispose();

    private MapScenario Scenario(string map)
    {
        EntityReference contract = _records.Contract();
        string contractId = "PC-001";
        if (map == "salesorders")
        {
            return new(contract, "ProjectContracts", Row(("ProjectContractID", contractId), ("Name", "Fit-out"), ("CustomerAccount", "US-001"), ("CurrencyCode", "USD"), ("Description", "Office fit-out")),
                ("name", "Fit-out 2"), ("Name", "Fit-out 2"), ("statuscode", new OptionSetValue(2)));
        }

        if (map == "msdyn_projectcontractssplitbillingrules")
        {
            EntityReference funding = _world.Create("msdyn_projectcontractssplitbillingrule", ("msdyn_name", "Adventure Works 100%"), ("msdyn_contract", contract), ("msdyn_customer", _world.Customer), ("msdyn_allocationpercentage", 100m));
            return new(funding, "ProjectFundingSources", Row(("FundingSourceId", funding.Id.ToString("D")), ("ContractId", contractId), ("CustomerAccount", "US-001"), ("Name", "Adventure Works 100%")),
                ("msdyn_name", "AW"), ("Name", "AW"), ("msdyn_allocationpercentage", 60m));
        }

        EntityReference project = _records.Project(contract);
        if (map == "msdyn_projects")
        {
            return new(project, "Projects", Row(
                    ("ProjectID", "PRJ-001"), ("ProjectName", "Fit-out works"), ("Description", "Phase 1"), ("CustomerAccount", "US-001"), ("ProjectContractID", contractId),
                    ("StartDate", "2025-01-06T00:00:00Z"), ("EndDate", "2025-03-31T00:00:00Z"), ("ProjectStage", "InProcess")),
                ("statecode", new OptionSetValue(1)), ("ProjectStage", "Finished"), ("msdyn_actualstart", ProjectOperationsRecords.Start));
        }

        EntityReference line = _records.Line(contract, project);
        if (map == "salesorderdetails")
        {
            return new(line, "ProjectContractLines", Row(("TransactionId", line.Id.ToString("D")), ("ContractId", contractId), ("ContractLine", "Design"), ("Type", "FixedPrice"), ("ProjectId", "PRJ-001")),
                ("msdyn_billingmethod", new OptionSetValue(192350000)), ("Type", "TimeAndMaterial"), ("extendedamount", new Money(1500m)));
        }

        if (map == "msdyn_contractlinescheduleofvalues")
        {
            EntityReference milestone = _world.Create("msdyn_contractlinescheduleofvalue", ("msdyn_name", "Design sign-off"), ("msdyn_contractline", line), ("msdyn_invoicedate", ProjectOperationsRecords.Finish), ("msdyn_amount", new Money(600m)), ("transactioncurrencyid", _world.Currency));
            return new(milestone, "ProjectContractLineMilestones", Row(("TransactionId", milestone.Id.ToString("D")), ("ContractLineRef", line.Id.ToString("D")), ("InvoiceDate", "2025-03-31T00:00:00Z"), ("Description", "Design sign-off"), ("CurrencyId", "USD"), ("Amount", 600m)),
                ("msdyn_amount", new Money(650.5m)), ("Amount", 650.5m), ("statuscode", new OptionSetValue(2)));
        }

        EntityReference task = _records.Task(project);
        if (map == "msdyn_projecttasks")
        {
            return new(task, "ProjectActivities", Row(("TaskId", task.Id.ToString("D")), ("ProjectId", "PRJ-001"), ("WbsId", "1.1"), ("TaskName", "Survey"), ("StartDate", "2025-01-06T00:00:00Z"), ("EndDate", "2025-03-31T00:00:00Z"), ("Effort", 16.5m)),
                ("msdyn_subject", "Site survey"), ("TaskName", "Site survey"), ("statuscode", new OptionSetValue(2)));
        }

        if (map == "msdyn_resourceassignments")
        {
            EntityReference estimate = _world.Create("msdyn_resourceassignment", ("msdyn_name", "Ana on survey"), ("msdyn_projectid", project), ("msdyn_taskid", task), ("msdyn_bookableresourceid", _world.Resource),
                ("msdyn_plannedwork", 16m), ("msdyn_plannedcost", new Money(800m)), ("msdyn_plannedsales", new Money(1520m)), ("msdyn_start", ProjectOperationsRecords.Start), ("msdyn_finish", ProjectOperationsRecords.Finish), ("transactioncurrencyid", _world.Currency));
            return new(estimate, "ProjectHourEstimates", Row(("EstimateId", estimate.Id.ToString("D")), ("ProjectId", "PRJ-001"), ("TaskId", task.Id.ToString("D")), ("ResourceId", _world.Resource.Id.ToString("D")),
                    ("Duration", 16m), ("PlannedCostAmount", 800m), ("PlannedSalesAmount", 1520m), ("SalesCurrency", "USD"), ("StartDate", "2025-01-06T00:00:00Z"), ("ForecastModel", "PO")),
                ("msdyn_plannedwork", 20m), ("Duration", 20m), ("msdyn_finish", ProjectOperationsRecords.Start));
        }

        if (map is "msdyn_estimatelines.expense" or "msdyn_estimatelines.material")
        {
            bool expense = map.EndsWith("expense", StringComparison.Ordinal);
            EntityReference estimate = _world.Create("msdyn_estimateline", ("msdyn_description", "Estimate"), ("msdyn_project", project), ("msdyn_task", task), ("msdyn_transactionclass", new OptionSetValue(expense ? 192350001 : 192350002)),
                ("msdyn_transactioncategory", _world.Category), ("msdyn_product", _world.Product), ("msdyn_quantity", 3m), ("msdyn_price", new Money(45m)), ("msdyn_amount", new Money(135m)), ("msdyn_date", ProjectOperationsRecords.Start), ("transactioncurrencyid", _world.Currency));
            Assert.Empty(_world.Rows(expense ? "ProjectMaterialEstimates" : "ProjectExpenseEstimates"));
            return expense
                ? new(estimate, "ProjectExpenseEstimates", Row(("EstimateLineId", estimate.Id.ToString("D")), ("ProjectId", "PRJ-001"), ("TaskId", task.Id.ToString("D")), ("TransactionCategory", "Travel"), ("Quantity", 3m), ("Price", 45m), ("CurrencyId", "USD"), ("TransDate", "2025-01-06T00:00:00Z"), ("ModelId", "PO")),
                    ("msdyn_quantity", 4m), ("Quantity", 4m), ("msdyn_amount", new Money(180m)))
                : new(estimate, "ProjectMaterialEstimates", Row(("EstimateLineId", estimate.Id.ToString("D")), ("ProjectId", "PRJ-001"), ("TaskId", task.Id.ToString("D")), ("ItemNumber", "P-100"), ("Quantity", 3m), ("SalesPrice", 45m), ("CurrencyCode", "USD"), ("TransDate", "2025-01-06T00:00:00Z"), ("ModelId", "PO")),
                    ("msdyn_price", new Money(50m)), ("SalesPrice", 50m), ("msdyn_amount", new Money(150m)));
        }

        EntityReference actual = _records.Actual(project, task, contract, line);
        if (map == "msdyn_actuals")
        {
            return new(actual, "ProjectActualsImports", Row(
                    ("ActualId", actual.Id.ToString("D")), ("ProjectId", "PRJ-001"), ("TaskId", task.Id.ToString("D")), ("ContractId", contractId), ("ContractLine", line.Id.ToString("D")),
                    ("ResourceId", _world.Resource.Id.ToString("D")), ("TransactionClassification", "Time"), ("TransType", "Cost"), ("TransactionCategory", "Travel"), ("BillingType", "Chargeable"),
                    ("Quantity", 8m), ("UnitOfMeasure", "Hour"), ("UnitPrice", 95m), ("Amount", 760m), ("TransactionCurrencyId", "USD"), ("AccountingDate", "2025-01-06T00:00:00Z"), ("Description", "Survey hours")),
                ("msdyn_quantity", 7.5m), ("Quantity", 7.5m), ("msdyn_vouchernumber", "V-0001"));
        }

        if (map == "msdyn_transactionconnections")
        {
            EntityReference reversal = _records.Actual(project, task, contract, line);
            EntityReference connection = _world.Create("msdyn_transactionconnection", ("msdyn_name", "Reversal"), ("msdyn_transaction1", actual), ("msdyn_transaction1role", new OptionSetValue(192350000)), ("msdyn_transaction1typecode", new OptionSetValue(192350000)),
                ("msdyn_transaction2", reversal), ("msdyn_transaction2role", new OptionSetValue(192350001)), ("msdyn_transaction2typecode", new OptionSetValue(192350004)));
            return new(connection, "ProjectTransactionRelationships", Row(("ConnectionId", connection.Id.ToString("D")), ("Transaction1Id", actual.Id.ToString("D")), ("Transaction1Role", "Original"), ("Transaction1Type", "Cost"),
                    ("Transaction2Id", reversal.Id.ToString("D")), ("Transaction2Role", "Reversal"), ("Transaction2Type", "UnbilledSales")),
                ("msdyn_transaction2role", new OptionSetValue(192350002)), ("Transaction2Role", "Replacement"), ("msdyn_name", "Renamed"));
        }

        // msdyn_expenses: an expense entered and approved in Dataverse.
        EntityReference expenseEntry = _world.Create("msdyn_expense", ("msdyn_name", "Taxi"), ("msdyn_expensecategory", _world.ExpenseCategory), ("msdyn_project", project), ("msdyn_projecttask", task), ("msdyn_owningcompany", _world.Company),
            ("msdyn_transactiondate", ProjectOperationsRecords.Start), ("msdyn_quantity", 1m), ("msdyn_price", new Money(42m)), ("msdyn_amount", new Money(42m)), ("msdyn_salestaxamount", new Money(4.2m)), ("msdyn_totalamount", new Money(46.2m)),
            ("msdyn_unit", _world.Unit), ("transactioncurrencyid", _world.Currency), ("msdyn_expensestatus", new OptionSetValue(192350002)));
        return new(expenseEntry, "ProjectExpenses", Row(
                ("ExpenseId", expenseEntry.Id.ToString("D")), ("ProjectId", "PRJ-001"), ("TaskId", task.Id.ToString("D")), ("CategoryId", "TRV"), ("TransactionDate", "2025-01-06T00:00:00Z"), ("Quantity", 1m),
                ("Price", 42m), ("Amount", 42m), ("SalesTaxAmount", 4.2m), ("CurrencyCode", "USD"), ("UnitOfMeasure", "Hour"), ("Description", "Taxi")),
            ("msdyn_amount", new Money(40m)), ("Amount", 40m), ("msdyn_totalamount", new Money(44m)));
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
