using System;
using System.Collections.Generic;
using DualWrite.Testing.ProjectOperations;
using Microsoft.Xrm.Sdk;

namespace DualWrite.LocalRun.DataSet;

/// <summary>
/// Writes a proforma invoice as it is prepared and confirmed: the draft header, its lines against the contract's
/// lines, then the confirmation (msdyn_projectinvoicestatus Confirmed), which is the save that sends the invoice
/// proposal's header to Finance, and the billed-sales actual each line becomes on confirmation, from which Finance
/// builds the proposal's lines. (The reversal of unbilled sales that confirmation also writes is left out.)
/// </summary>
internal static class ProformaGenerator
{
    public static EntityReference Write(DataSetWriter writer, ReferenceData reference, ContractPlan contract, string number, int lines, DateTime invoiceDate)
    {
        EntityReference invoice = writer.Create(
            "invoice", ("name", $"Proforma {number}"), ("invoicenumber", number), ("salesorderid", contract.Contract), ("customerid", contract.Customer),
            ("transactioncurrencyid", contract.LegalEntity.Currency), ("msdyn_invoicedate", invoiceDate), ("msdyn_projectinvoicestatus", RecordedChoice.Option("invoice", "msdyn_projectinvoicestatus", "Draft")));
        decimal total = 0m;
        var billed = new List<(ProjectPlan Project, EntityReference ContractLine, decimal Quantity, decimal Price, int Line)>();
        for (int n = 1; n <= lines; n++)
        {
            ProjectPlan project = contract.Projects[n % contract.Projects.Count];
            EntityReference contractLine = project.ContractLines[n % project.ContractLines.Count];
            decimal quantity = writer.Random.Next(1, 17) / 2m;
            decimal price = writer.Amount(80, 160);
            total += quantity * price;
            writer.Create(
                "invoicedetail", ("productdescription", $"Time, line {n}"), ("invoiceid", invoice), ("msdyn_contractlineid", contractLine),
                ("quantity", quantity), ("priceperunit", new Money(price)), ("extendedamount", new Money(quantity * price)));
            billed.Add((project, contractLine, quantity, price, n));
        }

        writer.Update(invoice, ("totalamount", new Money(total)), ("msdyn_projectinvoicestatus", RecordedChoice.Option("invoice", "msdyn_projectinvoicestatus", "Confirmed")));
        foreach ((ProjectPlan project, EntityReference contractLine, decimal quantity, decimal price, int line) in billed)
        {
            writer.Create(
                "msdyn_actual", ("msdyn_description", $"Billed, {number} line {line}"), ("msdyn_project", project.Project), ("msdyn_salescontract", contract.Contract),
                ("msdyn_salescontractlineid", contractLine), ("msdyn_transactioncategory", reference.Categories["Labor"]), ("msdyn_unit", reference.Hour),
                ("transactioncurrencyid", contract.LegalEntity.Currency), ("msdyn_accountcustomer", contract.Customer),
                ("msdyn_transactiontypecode", RecordedChoice.Option("msdyn_actual", "msdyn_transactiontypecode", "Billed Sales")),
                ("msdyn_transactionclassification", RecordedChoice.Option("msdyn_actual", "msdyn_transactionclassification", "Time")),
                ("msdyn_billingtype", RecordedChoice.Option("msdyn_actual", "msdyn_billingtype", "Chargeable")),
                ("msdyn_documentdate", invoiceDate), ("msdyn_accountingdate", invoiceDate), ("msdyn_startdatetime", invoiceDate), ("msdyn_enddatetime", invoiceDate),
                ("msdyn_quantity", quantity), ("msdyn_price", new Money(price)), ("msdyn_amount", new Money(quantity * price)));
        }

        return invoice;
    }
}
