using System;
using System.Collections.Generic;
using DualWrite.Testing.ProjectOperations;
using Microsoft.Xrm.Sdk;

namespace DualWrite.LocalRun.DataSet;

/// <summary>
/// Writes a project's work as it happens: the work breakdown (tasks), a resource assignment per task (hour estimates),
/// expense and material estimate lines, then the actuals of approved time (a cost and an unbilled sales actual per
/// entry, some reversed, with the connection between original and reversal). Expenses are Finance's (posted there and
/// imported), so the data set writes none in Dataverse.
/// </summary>
internal static class ProjectWorkGenerator
{
    private static readonly string[] TaskNames = ["Discovery", "Design", "Build", "Test", "Deploy", "Training", "Hypercare", "Handover"];

    public static IReadOnlyList<EntityReference> Write(DataSetWriter writer, ReferenceData reference, LegalEntity legalEntity, ProjectPlan plan, DataSetSize size)
    {
        var tasks = new List<EntityReference>();
        for (int t = 0; t < size.TasksPerProject; t++)
        {
            EntityReference task = WriteTask(writer, legalEntity, plan, t);
            tasks.Add(task);
            for (int e = 0; e < size.TimeEntriesPerTask; e++)
            {
                WriteTimeEntry(writer, reference, legalEntity, plan, task, writer.Pick(legalEntity.Resources));
            }
        }

        WriteEstimates(writer, reference, legalEntity, plan, tasks);

        return tasks;
    }

    private static EntityReference WriteTask(DataSetWriter writer, LegalEntity legalEntity, ProjectPlan plan, int index)
    {
        int weeks = Math.Max(1, (int)((plan.Finish - plan.Start).TotalDays / 7));
        DateTime start = plan.Start.AddDays(7 * writer.Random.Next(0, weeks));
        DateTime end = start.AddDays(7 * writer.Random.Next(1, 5));
        double effort = 8 * writer.Random.Next(2, 21);
        EntityReference task = writer.Create(
            "msdyn_projecttask", ("msdyn_subject", TaskNames[index % TaskNames.Length]), ("msdyn_project", plan.Project), ("msdyn_wbsid", $"1.{index + 1}"),
            ("msdyn_scheduledstart", start), ("msdyn_scheduledend", end), ("msdyn_effort", effort));
        EntityReference resource = writer.Pick(legalEntity.Resources);
        decimal hours = (decimal)effort;
        writer.Create(
            "msdyn_resourceassignment", ("msdyn_name", $"{TaskNames[index % TaskNames.Length]} assignment"), ("msdyn_projectid", plan.Project), ("msdyn_taskid", task),
            ("msdyn_bookableresourceid", resource), ("msdyn_hours", hours), ("msdyn_plannedcost", new Money(hours * 60m)), ("msdyn_plannedsales", new Money(hours * 110m)),
            ("msdyn_fromdate", start), ("msdyn_todate", end), ("transactioncurrencyid", legalEntity.Currency));
        return task;
    }

    private static void WriteEstimates(DataSetWriter writer, ReferenceData reference, LegalEntity legalEntity, ProjectPlan plan, IReadOnlyList<EntityReference> tasks)
    {
        foreach ((string category, string classification, bool withProduct) in new[] { ("Travel", "Expense", false), ("Lodging", "Expense", false), ("Materials", "Material", true), ("Materials", "Material", true) })
        {
            decimal quantity = writer.Amount(1, 20);
            decimal price = writer.Amount(40, 400);
            writer.Create(
                "msdyn_estimateline", ("msdyn_description", $"{category} estimate"), ("msdyn_project", plan.Project), ("msdyn_task", writer.Pick(tasks)),
                ("msdyn_transactionclassification", RecordedChoice.Option("msdyn_estimateline", "msdyn_transactionclassification", classification)),
                ("msdyn_transactiontypecode", RecordedChoice.Option("msdyn_estimateline", "msdyn_transactiontypecode", "Cost")),
                ("msdyn_billingtype", RecordedChoice.Option("msdyn_estimateline", "msdyn_billingtype", "Chargeable")), ("msdyn_transactioncategory", reference.Categories[category]),
                ("msdyn_product", withProduct ? writer.Pick(reference.Products) : null), ("msdyn_quantity", quantity), ("msdyn_price", new Money(price)),
                ("msdyn_amount", new Money(quantity * price)), ("msdyn_documentdate", plan.Start), ("msdyn_startdatetime", plan.Start), ("msdyn_enddatetime", plan.Finish), ("transactioncurrencyid", legalEntity.Currency));
        }
    }

    private static void WriteTimeEntry(DataSetWriter writer, ReferenceData reference, LegalEntity legalEntity, ProjectPlan plan, EntityReference task, EntityReference resource)
    {
        decimal hours = writer.Random.Next(2, 17) / 2m;
        DateTime day = plan.Start.AddDays(writer.Random.Next(0, 60));
        EntityReference cost = WriteActual(writer, reference, legalEntity, plan, task, resource, "Cost", hours, 60m, day);
        WriteActual(writer, reference, legalEntity, plan, task, resource, "Unbilled Sales", hours, 110m, day);
        if (writer.Chance(0.05))
        {
            // A corrected time entry: the cost is reversed, and the connection records which actual reverses which.
            EntityReference reversal = WriteActual(writer, reference, legalEntity, plan, task, resource, "Cost", -hours, 60m, day.AddDays(1));
            writer.Create(
                "msdyn_transactionconnection", ("msdyn_name", "Time correction"),
                ("msdyn_transaction1", cost.Id.ToString("D")), ("msdyn_transaction1role", "Original"), ("msdyn_transaction1type", "msdyn_actual"),
                ("msdyn_transaction2", reversal.Id.ToString("D")), ("msdyn_transaction2role", "Reversing"), ("msdyn_transaction2type", "msdyn_actual"));
        }
    }

    private static EntityReference WriteActual(DataSetWriter writer, ReferenceData reference, LegalEntity legalEntity, ProjectPlan plan, EntityReference task, EntityReference resource, string type, decimal hours, decimal rate, DateTime day) =>
        writer.Create(
            "msdyn_actual", ("msdyn_description", type == "Cost" ? "Time cost" : "Time sales"), ("msdyn_project", plan.Project), ("msdyn_task", task),
            ("msdyn_salescontract", plan.Contract), ("msdyn_salescontractlineid", plan.ContractLines[0]), ("msdyn_bookableresource", resource), ("msdyn_transactioncategory", reference.Categories["Labor"]),
            ("msdyn_unit", reference.Hour), ("transactioncurrencyid", legalEntity.Currency), ("msdyn_transactiontypecode", RecordedChoice.Option("msdyn_actual", "msdyn_transactiontypecode", type)),
            ("msdyn_transactionclassification", RecordedChoice.Option("msdyn_actual", "msdyn_transactionclassification", "Time")),
            ("msdyn_billingtype", RecordedChoice.Option("msdyn_actual", "msdyn_billingtype", "Chargeable")),
            ("msdyn_documentdate", day), ("msdyn_accountingdate", day), ("msdyn_startdatetime", day), ("msdyn_enddatetime", day.AddHours(8)), ("msdyn_quantity", hours), ("msdyn_price", new Money(rate)), ("msdyn_amount", new Money(hours * rate)));
}
