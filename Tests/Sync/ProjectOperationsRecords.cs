using System;
using DualWrite.Testing.ProjectOperations;
using Microsoft.Xrm.Sdk;

namespace DualWrite.Tests.Sync;

/// <summary>Creates the Project Operations records of a contract's life through the pipeline, with the values the map tests expect.</summary>
internal sealed class ProjectOperationsRecords
{
    public static readonly DateTime Start = new(2025, 1, 6, 0, 0, 0, DateTimeKind.Utc);
    public static readonly DateTime Finish = new(2025, 3, 31, 0, 0, 0, DateTimeKind.Utc);
    private readonly OutboundWorld _world;

    public ProjectOperationsRecords(OutboundWorld world)
    {
        _world = world;
    }

    public EntityReference Contract(string number = "PC-001") => _world.Create(
        "salesorder", ("ordernumber", number), ("name", "Fit-out"), ("customerid", _world.Customer), ("transactioncurrencyid", _world.Currency),
        ("msdyn_company", _world.Company), ("description", "Office fit-out"));

    public EntityReference Project(EntityReference? contract, string number = "PRJ-001") => _world.Create(
        "msdyn_project", ("msdyn_projectnumber", number), ("msdyn_subject", "Fit-out works"), ("msdyn_description", "Phase 1"),
        ("msdyn_owningcompany", _world.Company), ("msdyn_customer", _world.Customer), ("msdyn_salesorderid", contract),
        ("msdyn_scheduledstart", Start), ("msdyn_finish", Finish));

    public EntityReference Line(EntityReference contract, EntityReference project, int number = 1) => _world.Create(
        "salesorderdetail", ("productdescription", "Design"), ("lineitemnumber", number), ("salesorderid", contract), ("msdyn_project", project),
        ("msdyn_billingmethod", RecordedChoice.Option("salesorderdetail", "msdyn_billingmethod", "Fixed Price")), ("extendedamount", new Money(1200m)), ("transactioncurrencyid", _world.Currency));

    public EntityReference Task(EntityReference project) => _world.Create(
        "msdyn_projecttask", ("msdyn_subject", "Survey"), ("msdyn_project", project), ("msdyn_wbsid", "1.1"),
        ("msdyn_scheduledstart", Start), ("msdyn_scheduledend", Finish), ("msdyn_effort", 16.5));

    /// <param name="type">The msdyn_transactiontypecode label, as recorded.</param>
    public EntityReference Actual(EntityReference project, EntityReference task, EntityReference contract, EntityReference line, bool skipSync = false, string type = "Cost") => _world.Create(
        "msdyn_actual", ("msdyn_description", "Survey hours"), ("msdyn_project", project), ("msdyn_task", task), ("msdyn_salescontract", contract),
        ("msdyn_salescontractlineid", line), ("msdyn_bookableresource", _world.Resource), ("msdyn_transactioncategory", _world.Category), ("msdyn_unit", _world.Unit),
        ("transactioncurrencyid", _world.Currency), ("msdyn_transactiontypecode", RecordedChoice.Option("msdyn_actual", "msdyn_transactiontypecode", type)),
        ("msdyn_transactionclassification", RecordedChoice.Option("msdyn_actual", "msdyn_transactionclassification", "Time")),
        ("msdyn_billingtype", RecordedChoice.Option("msdyn_actual", "msdyn_billingtype", "Chargeable")),
        ("msdyn_documentdate", Start), ("msdyn_accountingdate", Start), ("msdyn_startdatetime", Start), ("msdyn_enddatetime", Start),
        ("msdyn_quantity", 8m), ("msdyn_price", new Money(95m)), ("msdyn_amount", new Money(760m)), ("msdyn_skipsync", skipSync));

    /// <param name="status">The msdyn_projectinvoicestatus label, as recorded: a proforma starts as a draft.</param>
    public EntityReference Invoice(EntityReference contract, string number, string status = "Draft") => _world.Create(
        "invoice", ("name", "January"), ("invoicenumber", number), ("salesorderid", contract), ("customerid", _world.Customer),
        ("transactioncurrencyid", _world.Currency), ("msdyn_invoicedate", Finish), ("totalamount", new Money(760m)),
        ("msdyn_projectinvoicestatus", RecordedChoice.Option("invoice", "msdyn_projectinvoicestatus", status)));

    public EntityReference InvoiceLine(EntityReference invoice, EntityReference line, int number) => _world.Create(
        "invoicedetail", ("productdescription", $"Line {number}"), ("invoiceid", invoice), ("msdyn_contractlineid", line),
        ("quantity", 2m), ("priceperunit", new Money(10m)), ("extendedamount", new Money(20m)));
}
