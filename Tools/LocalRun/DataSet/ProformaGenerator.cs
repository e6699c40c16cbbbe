using System;
using DualWrite.Testing.ProjectOperations;
using Microsoft.Xrm.Sdk;

namespace DualWrite.LocalRun.DataSet;

/// <summary>
/// Writes a proforma invoice as it is prepared and confirmed: the draft header, its lines against the contract's
/// lines, then the confirmation (statuscode Confirmed), which is the save that sends the invoice proposal to Finance.
/// </summary>
internal static class ProformaGenerator
{
    public static EntityReference Write(DataSetWriter writer, ContractPlan contract, string number, int lines, DateTime invoiceDate)
    {
        EntityReference invoice = writer.Create(
            "invoice", ("name", $"Proforma {number}"), ("invoicenumber", number), ("salesorderid", contract.Contract), ("customerid", contract.Customer),
            ("transactioncurrencyid", contract.LegalEntity.Currency), ("msdyn_invoicedate", invoiceDate), ("msdyn_projectinvoicestatus", RecordedChoice.Option("invoice", "msdyn_projectinvoicestatus", "Draft")));
        decimal total = 0m;
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
        }

        writer.Update(invoice, ("totalamount", new Money(total)), ("msdyn_projectinvoicestatus", RecordedChoice.Option("invoice", "msdyn_projectinvoicestatus", "Confirmed")));
        return invoice;
    }
}
