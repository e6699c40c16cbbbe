using System;
using System.Collections.Generic;
using System.Linq;
using System.Security.Cryptography;
using System.Text;
using DualWrite.Benchmarks.Naive;
using DualWrite.FinanceEmulator.Hosting;
using DualWrite.LocalRun.Environment;
using DualWrite.Plugins.Registration;
using DualWrite.Testing;
using DualWrite.Testing.ProjectOperations;
using Microsoft.Xrm.Sdk;

namespace DualWrite.Benchmarks.Setup;

/// <summary>
/// A Project Operations organization synced live to a <see cref="LocalFinance"/> by one contender, with the reference
/// data the maps read (company usmf, currency USD, customer US-001, contract PC-001 created through the pipeline so
/// ours has sent it, one contract line, unit Hour, transaction category Labor), and the records the benchmarks save,
/// with the values both plug-ins map.
/// </summary>
public sealed class SyncOrganization
{
    public const string ContractNumber = "PC-001";
    private static readonly DateTime s_start = new(2025, 1, 6, 0, 0, 0, DateTimeKind.Utc);
    private static readonly DateTime s_finish = new(2025, 3, 31, 0, 0, 0, DateTimeKind.Utc);

    private SyncOrganization(InMemoryDataverse dataverse, Contender contender)
    {
        Dataverse = dataverse;
        Contender = contender;
        Service = dataverse.GetOrganizationService();
        Company = Seed(Guid.NewGuid(), "cdm_company", ("cdm_name", "Contoso USA"), ("cdm_companycode", "usmf"));
        Currency = Seed(Guid.NewGuid(), "transactioncurrency", ("currencyname", "US Dollar"), ("isocurrencycode", "USD"), ("exchangerate", 1m));
        Customer = Seed(Guid.NewGuid(), "account", ("name", "Adventure Works"), ("accountnumber", "US-001"), ("msdyn_company", Company));
        Contract = new EntityReference("salesorder", Service.Create(new Entity("salesorder")
        {
            ["ordernumber"] = ContractNumber, ["name"] = "Fit-out", ["customerid"] = Customer, ["transactioncurrencyid"] = Currency, ["msdyn_company"] = Company,
        }));
        ContractLine = Seed(
            StableId("contract line 1"), "salesorderdetail", ("salesorderdetailname", "Design"), ("productdescription", "Design"), ("lineitemnumber", 1), ("salesorderid", Contract),
            ("msdyn_billingmethod", RecordedChoice.Option("salesorderdetail", "msdyn_billingmethod", "Time and Material")), ("extendedamount", new Money(1200m)), ("transactioncurrencyid", Currency));
        Hour = Seed(Guid.NewGuid(), "uom", ("name", "Hour"));
        Labor = Seed(Guid.NewGuid(), "msdyn_transactioncategory", ("msdyn_name", "Labor"));
    }

    public InMemoryDataverse Dataverse { get; }

    public Contender Contender { get; }

    public IOrganizationService Service { get; }

    public EntityReference Company { get; }

    public EntityReference Currency { get; }

    public EntityReference Customer { get; }

    public EntityReference Contract { get; }

    public EntityReference ContractLine { get; }

    public EntityReference Hour { get; }

    public EntityReference Labor { get; }

    /// <summary>A new organization on <paramref name="finance"/>: ours with the shipping steps (every map live), or the naive plug-in's steps.</summary>
    public static SyncOrganization Create(LocalFinance finance, Contender contender)
    {
        ArgumentNullException.ThrowIfNull(finance);
        InMemoryDataverse dataverse = LocalOrganization.Create(finance, syncModes: """{"*":"live"}""");
        if (contender == Contender.Ours)
        {
            dataverse.RegisterShippingSteps(_ => finance.SecureConfiguration);
        }
        else
        {
            dataverse.HostServices.Add<FinanceEmulatorHost>(finance.Host);
            string secure = new NaiveSettings(finance.Host.BaseUrl, finance.Host.BaseUrl, finance.TenantId, finance.ClientId, finance.ClientSecret).ToJson();
            foreach (PluginStep step in NaiveSteps.All)
            {
                dataverse.RegisterStep(step, secure);
            }
        }

        return new SyncOrganization(dataverse, contender);
    }

    /// <summary>A project created through the pipeline: the contender sends it.</summary>
    public EntityReference CreateProject(string number, string description = "Phase 1") => new("msdyn_project", Service.Create(Project(number, description)));

    /// <summary>Projects stored as they are, with no step run (rows Finance does not have yet, for an initial sync).</summary>
    public void SeedProjects(string numberPrefix, int count) =>
        Dataverse.Initialize(Enumerable.Range(1, count).Select(n =>
        {
            Entity project = Project($"{numberPrefix}{n:D5}", "Phase 1");
            project.Id = Guid.NewGuid();
            return project;
        }));

    /// <summary>A change of one mapped column through the pipeline: the contender sends it.</summary>
    public void UpdateProject(EntityReference project, string description) =>
        Service.Update(new Entity("msdyn_project", project.Id) { ["msdyn_description"] = description });

    /// <summary>
    /// A draft proforma invoice on the contract with <paramref name="lineCount"/> lines, stored with no step run. The
    /// ids follow from the invoice number, so two organizations seeding the same invoice hold the same records.
    /// </summary>
    public EntityReference SeedProforma(string number, int lineCount)
    {
        var invoice = new Entity("invoice", StableId(number))
        {
            ["name"] = "January", ["invoicenumber"] = number, ["salesorderid"] = Contract, ["customerid"] = Customer, ["transactioncurrencyid"] = Currency,
            ["msdyn_invoicedate"] = s_finish, ["totalamount"] = new Money(20m * lineCount),
            ["msdyn_projectinvoicestatus"] = RecordedChoice.Option("invoice", "msdyn_projectinvoicestatus", "Draft"),
        };
        IEnumerable<Entity> lines = Enumerable.Range(1, lineCount).Select(n => new Entity("invoicedetail", StableId($"{number} line {n}"))
        {
            ["productdescription"] = $"Line {n}", ["lineitemnumber"] = n, ["invoiceid"] = invoice.ToEntityReference(), ["msdyn_contractlineid"] = ContractLine,
            ["quantity"] = 2m, ["priceperunit"] = new Money(10m), ["extendedamount"] = new Money(20m), ["transactioncurrencyid"] = Currency,
        });
        Dataverse.Initialize([invoice, .. lines]);
        return invoice.ToEntityReference();
    }

    /// <summary>Confirms the proforma invoice through the pipeline: the contender sends its header (Finance builds the lines from the billed-sales actuals).</summary>
    public void Confirm(EntityReference invoice) =>
        Service.Update(new Entity("invoice", invoice.Id) { ["msdyn_projectinvoicestatus"] = RecordedChoice.Option("invoice", "msdyn_projectinvoicestatus", "Confirmed") });

    /// <summary>
    /// The billed-sales actuals a confirmed proforma's lines become, created one by one through the pipeline as Project
    /// Operations creates them: each is sent live. Ids follow from the invoice number and line, as in <see cref="SeedProforma"/>.
    /// </summary>
    public void CreateBilledSales(EntityReference project, string invoiceNumber, int count)
    {
        for (int n = 1; n <= count; n++)
        {
            Service.Create(new Entity("msdyn_actual", StableId($"{invoiceNumber} billed sales {n}"))
            {
                ["msdyn_description"] = $"Line {n}", ["msdyn_project"] = project, ["msdyn_salescontract"] = Contract, ["msdyn_salescontractlineid"] = ContractLine,
                ["msdyn_transactioncategory"] = Labor, ["msdyn_unit"] = Hour, ["transactioncurrencyid"] = Currency,
                ["msdyn_transactiontypecode"] = RecordedChoice.Option("msdyn_actual", "msdyn_transactiontypecode", "Billed Sales"),
                ["msdyn_transactionclassification"] = RecordedChoice.Option("msdyn_actual", "msdyn_transactionclassification", "Time"),
                ["msdyn_billingtype"] = RecordedChoice.Option("msdyn_actual", "msdyn_billingtype", "Chargeable"),
                ["msdyn_documentdate"] = s_finish, ["msdyn_accountingdate"] = s_finish, ["msdyn_startdatetime"] = s_start, ["msdyn_enddatetime"] = s_finish,
                ["msdyn_quantity"] = 2m, ["msdyn_price"] = new Money(10m), ["msdyn_amount"] = new Money(20m),
            });
        }
    }

    private Entity Project(string number, string description) => new("msdyn_project")
    {
        ["msdyn_projectnumber"] = number, ["msdyn_subject"] = "Fit-out works", ["msdyn_description"] = description, ["msdyn_owningcompany"] = Company,
        ["msdyn_customer"] = Customer, ["msdyn_salesorderid"] = Contract, ["msdyn_scheduledstart"] = s_start, ["msdyn_finish"] = s_finish,
    };

    /// <summary>The same id for the same name, in every organization.</summary>
    private static Guid StableId(string name) => new(SHA256.HashData(Encoding.UTF8.GetBytes(name)).AsSpan(0, 16));

    private EntityReference Seed(Guid id, string table, params (string Column, object Value)[] values)
    {
        var row = new Entity(table, id);
        foreach ((string column, object value) in values)
        {
            row[column] = value;
        }

        Dataverse.Initialize(row);
        return row.ToEntityReference();
    }
}
