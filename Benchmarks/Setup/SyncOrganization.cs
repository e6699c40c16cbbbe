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
using Microsoft.Xrm.Sdk;

namespace DualWrite.Benchmarks.Setup;

/// <summary>
/// A Project Operations organization synced live to a <see cref="LocalFinance"/> by one contender, with the reference
/// data the maps read (company usmf, currency USD, customer US-001, contract PC-001 created through the pipeline so
/// ours has sent it, and one contract line), and the records the benchmarks save, with the values both plug-ins map.
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
        ContractLine = Seed(StableId("contract line 1"), "salesorderdetail", ("productdescription", "Design"), ("salesorderid", Contract), ("extendedamount", new Money(1200m)), ("transactioncurrencyid", Currency));
    }

    public InMemoryDataverse Dataverse { get; }

    public Contender Contender { get; }

    public IOrganizationService Service { get; }

    public EntityReference Company { get; }

    public EntityReference Currency { get; }

    public EntityReference Customer { get; }

    public EntityReference Contract { get; }

    public EntityReference ContractLine { get; }

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
    /// lines' ids follow from the invoice number, as Finance's line ids follow from them, so two organizations seeding
    /// the same invoice send the same rows.
    /// </summary>
    public EntityReference SeedProforma(string number, int lineCount)
    {
        var invoice = new Entity("invoice", StableId(number))
        {
            ["name"] = "January", ["invoicenumber"] = number, ["salesorderid"] = Contract, ["customerid"] = Customer, ["transactioncurrencyid"] = Currency,
            ["msdyn_invoicedate"] = s_finish, ["totalamount"] = new Money(20m * lineCount), ["statuscode"] = new OptionSetValue(1),
        };
        IEnumerable<Entity> lines = Enumerable.Range(1, lineCount).Select(n => new Entity("invoicedetail", StableId($"{number} line {n}"))
        {
            ["productdescription"] = $"Line {n}", ["invoiceid"] = invoice.ToEntityReference(), ["msdyn_contractline"] = ContractLine,
            ["quantity"] = 2m, ["priceperunit"] = new Money(10m), ["extendedamount"] = new Money(20m),
        });
        Dataverse.Initialize([invoice, .. lines]);
        return invoice.ToEntityReference();
    }

    /// <summary>Confirms the proforma invoice through the pipeline: the contender sends it and its lines.</summary>
    public void Confirm(EntityReference invoice) =>
        Service.Update(new Entity("invoice", invoice.Id) { ["statuscode"] = new OptionSetValue(NaiveSyncPlugin.InvoiceConfirmed) });

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
