using System;
using System.Collections.Generic;
using DualWrite.Testing.ProjectOperations;
using Microsoft.Xrm.Sdk;

namespace DualWrite.LocalRun.DataSet;

/// <summary>
/// Writes a project contract the way it is set up in Project Operations: the contract, its funding sources (one
/// customer, or a 60/40 split between two), one or two projects, and per project a time-and-material or fixed-price
/// contract line; fixed-price lines get a schedule of milestones that adds up to the line's amount.
/// </summary>
internal static class ContractGenerator
{
    private static readonly string[] Engagements = ["Office fit-out", "ERP rollout", "Data centre move", "Brand refresh", "Warehouse automation", "Network upgrade", "Cloud migration", "Payroll implementation"];
    private static readonly DateTime FirstStart = new(2025, 1, 6, 0, 0, 0, DateTimeKind.Utc);

    public static ContractPlan Write(DataSetWriter writer, LegalEntity legalEntity, int number, ref int projectNumber)
    {
        string engagement = writer.Pick(Engagements);
        EntityReference customer = writer.Pick(legalEntity.Customers);
        EntityReference contract = writer.Create(
            "salesorder", ("ordernumber", $"PC-{number:0000}"), ("name", engagement), ("customerid", customer), ("transactioncurrencyid", legalEntity.Currency),
            ("msdyn_company", legalEntity.Company), ("description", $"{engagement}, contract {number}"));
        WriteFundingSources(writer, legalEntity, contract, customer);

        var projects = new List<ProjectPlan>();
        int count = writer.Chance(0.2) ? 2 : 1;
        for (int p = 0; p < count; p++)
        {
            projectNumber++;
            projects.Add(WriteProject(writer, legalEntity, contract, customer, engagement, projectNumber));
        }

        return new ContractPlan(legalEntity, contract, customer, projects);
    }

    private static void WriteFundingSources(DataSetWriter writer, LegalEntity legalEntity, EntityReference contract, EntityReference customer)
    {
        EntityReference partner = writer.Pick(legalEntity.Customers);
        if (partner.Id == customer.Id || !writer.Chance(0.3))
        {
            writer.Create("msdyn_projectcontractsplitbillingrule", ("msdyn_name", "Customer 100%"), ("msdyn_contract", contract), ("msdyn_customer", customer), ("msdyn_allocationpercentage", 100m));
            return;
        }

        writer.Create("msdyn_projectcontractsplitbillingrule", ("msdyn_name", "Customer 60%"), ("msdyn_contract", contract), ("msdyn_customer", customer), ("msdyn_allocationpercentage", 60m));
        writer.Create("msdyn_projectcontractsplitbillingrule", ("msdyn_name", "Partner 40%"), ("msdyn_contract", contract), ("msdyn_customer", partner), ("msdyn_allocationpercentage", 40m));
    }

    private static ProjectPlan WriteProject(DataSetWriter writer, LegalEntity legalEntity, EntityReference contract, EntityReference customer, string engagement, int number)
    {
        DateTime start = FirstStart.AddDays(7 * writer.Random.Next(0, 26));
        DateTime finish = start.AddMonths(writer.Random.Next(3, 10));
        EntityReference project = writer.Create(
            "msdyn_project", ("msdyn_projectnumber", $"PRJ-{number:00000}"), ("msdyn_subject", $"{engagement} {number}"), ("msdyn_description", $"Delivery of {engagement.ToLowerInvariant()}"),
            ("msdyn_owningcompany", legalEntity.Company), ("msdyn_customer", customer), ("msdyn_salesorderid", contract), ("msdyn_scheduledstart", start), ("msdyn_finish", finish));

        var lines = new List<EntityReference> { WriteLine(writer, legalEntity, contract, project, "Time and material", "Time and Material", (number * 10) + 1, finish) };
        if (writer.Chance(0.5))
        {
            lines.Add(WriteLine(writer, legalEntity, contract, project, "Fixed fee", "Fixed Price", (number * 10) + 2, finish));
        }

        return new ProjectPlan(contract, project, lines, start, finish);
    }

    private static EntityReference WriteLine(DataSetWriter writer, LegalEntity legalEntity, EntityReference contract, EntityReference project, string description, string billingMethod, int lineNumber, DateTime finish)
    {
        decimal amount = writer.Amount(20, 120) * 1_000m;
        EntityReference line = writer.Create(
            "salesorderdetail", ("salesorderdetailname", description), ("productdescription", description), ("lineitemnumber", lineNumber), ("salesorderid", contract), ("msdyn_project", project),
            ("msdyn_billingmethod", RecordedChoice.Option("salesorderdetail", "msdyn_billingmethod", billingMethod)),
            ("extendedamount", new Money(amount)), ("transactioncurrencyid", legalEntity.Currency));
        if (billingMethod == "Fixed Price")
        {
            // Three milestones of 30%, 30% and 40%, invoiced a month apart up to the finish.
            decimal[] shares = [0.3m, 0.3m, 0.4m];
            for (int m = 0; m < shares.Length; m++)
            {
                writer.Create(
                    "msdyn_contractlinescheduleofvalue", ("msdyn_name", $"Milestone {m + 1}"), ("msdyn_contractlineid", line), ("msdyn_contract", contract), ("msdyn_milestonedate", finish.AddMonths(m - 2)),
                    ("msdyn_amount", new Money(amount * shares[m])), ("transactioncurrencyid", legalEntity.Currency));
            }
        }

        return line;
    }
}
