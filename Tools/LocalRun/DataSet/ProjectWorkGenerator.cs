using System;
using System.Collections.Generic;
using DualWrite.Plugins.Maps.Tables;
using Microsoft.Xrm.Sdk;

namespace DualWrite.LocalRun.DataSet;

/// <summary>
/// Writes a project's work as it happens: the work breakdown (tasks), a resource assignment per task (hour estimates),
/// expense and material estimate lines, then the actuals of approved time (a cost and an unbilled sales actual per
/// entry, some reversed, with the connection between original and reversal) and approved expenses.
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
        for (int x = 0; x < size.ExpensesPerProject; x++)
        {
            WriteExpense(writer, reference, legalEntity, plan, writer.Pick(tasks), x);
        }

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
            ("msdyn_bookableresourceid", resource), ("msdyn_plannedwork", hours), ("msdyn_plannedcost", new Money(hours * 60m)), ("msdyn_plannedsales", new Money(hours * 110m)),
            ("msdyn_start", start), ("msdyn_finish", end), ("transactioncurrencyid", legalEntity.Currency));
        return task;
    }

    private static void WriteEstimates(DataSetWriter writer, ReferenceData reference, LegalEntity legalEntity, ProjectPlan plan, IReadOnlyList<EntityReference> tasks)
    {
        foreach ((string category, int classCode, bool withProduct) in new[] { ("Travel", Choices.ClassExpense, false), ("Lodging", Choices.ClassExpense, false), ("Materials", Choices.ClassMaterial, true), ("Materials", Choices.ClassMaterial, true) })
        {
            decimal quantity = writer.Amount(1, 20);
            decimal price = writer.Amount(40, 400);
            writer.Create(
                "msdyn_estimateline", ("msdyn_description", $"{category} estimate"), ("msdyn_project", plan.Project), ("msdyn_task", writer.Pick(tasks)),
                ("msdyn_transactionclass", new OptionSetValue(classCode)), ("msdyn_transactioncategory", reference.Categories[category]),
                ("msdyn_product", withProduct ? writer.Pick(reference.Products) : null), ("msdyn_quantity", quantity), ("msdyn_price", new Money(price)),
                ("msdyn_amount", new Money(quantity * price)), ("msdyn_date", plan.Start), ("transactioncurrencyid", legalEntity.Currency));
        }
    }

    private static void WriteTimeEntry(DataSetWriter writer, ReferenceData reference, LegalEntity legalEntity, ProjectPlan plan, EntityReference task, EntityReference resource)
    {
        decimal hours = writer.Random.Next(2, 17) / 2m;
        DateTime day = plan.Start.AddDays(writer.Random.Next(0, 60));
        EntityReference cost = WriteActual(writer, reference, legalEntity, plan, task, resource, Choices.TypeCost, hours, 60m, day);
        WriteActual(writer, reference, legalEntity, plan, task, resource, Choices.TypeUnbilledSales, hours, 110m, day);
        if (writer.Chance(0.05))
        {
            // A corrected time entry: the cost is reversed, and the connection records which actual reverses which.
            EntityReference reversal = WriteActual(writer, reference, legalEntity, plan, task, resource, Choices.TypeCost, -hours, 60m, day.AddDays(1));
            writer.Create(
                "msdyn_transactionconnection", ("msdyn_name", "Time correction"),
                ("msdyn_transaction1", cost), ("msdyn_transaction1role", new OptionSetValue(Choices.RoleOriginal)), ("msdyn_transaction1typecode", new OptionSetValue(Choices.TypeCost)),
                ("msdyn_transaction2", reversal), ("msdyn_transaction2role", new OptionSetValue(Choices.RoleReversal)), ("msdyn_transaction2typecode", new OptionSetValue(Choices.TypeCost)));
        }
    }

    private static EntityReference WriteActual(DataSetWriter writer, ReferenceData reference, LegalEntity legalEntity, ProjectPlan plan, EntityReference task, EntityReference resource, int type, decimal hours, decimal rate, DateTime day) =>
        writer.Create(
            "msdyn_actual", ("msdyn_description", type == Choices.TypeCost ? "Time cost" : "Time sales"), ("msdyn_project", plan.Project), ("msdyn_task", task),
            ("msdyn_contract", plan.Contract), ("msdyn_contractline", plan.ContractLines[0]), ("msdyn_bookableresource", resource), ("msdyn_transactioncategory", reference.Categories["Labor"]),
            ("msdyn_unit", reference.Hour), ("transactioncurrencyid", legalEntity.Currency), ("msdyn_transactiontypecode", new OptionSetValue(type)),
            ("msdyn_transactionclassification", new OptionSetValue(Choices.ClassTime)), ("msdyn_billingtype", new OptionSetValue(Choices.BillingChargeable)),
            ("msdyn_documentdate", day), ("msdyn_quantity", hours), ("msdyn_price", new Money(rate)), ("msdyn_amount", new Money(hours * rate)));

    private static void WriteExpense(DataSetWriter writer, ReferenceData reference, LegalEntity legalEntity, ProjectPlan plan, EntityReference task, int index)
    {
        decimal amount = writer.Amount(20, 600);
        decimal tax = decimal.Round(amount * 0.1m, 2);
        writer.Create(
            "msdyn_expense", ("msdyn_name", index % 2 == 0 ? "Flight" : "Hotel"), ("msdyn_expensecategory", legalEntity.ExpenseCategories[index % legalEntity.ExpenseCategories.Count]),
            ("msdyn_project", plan.Project), ("msdyn_projecttask", task), ("msdyn_owningcompany", legalEntity.Company), ("msdyn_transactiondate", plan.Start.AddDays(writer.Random.Next(0, 60))),
            ("msdyn_quantity", 1m), ("msdyn_price", new Money(amount)), ("msdyn_amount", new Money(amount)), ("msdyn_salestaxamount", new Money(tax)), ("msdyn_totalamount", new Money(amount + tax)),
            ("msdyn_unit", reference.Each), ("transactioncurrencyid", legalEntity.Currency), ("msdyn_expensestatus", new OptionSetValue(Choices.ExpenseApproved)));
    }
}
