using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using DualWrite.WorkflowActivities.Json;
using DualWrite.WorkflowActivities.Writes;
using Microsoft.Xrm.Sdk;

namespace DualWrite.WorkflowActivities.Imports;

/// <summary>
/// Imports a Finance-mastered document (expense categories, posted expenses, vendor invoices with their lines): reads
/// the whole JSON payload and resolves everything it references first, refuses it with every problem at once, and
/// only then upserts each record by its natural key, categories before the expenses that use them and each invoice
/// header before its lines.
/// </summary>
internal static class FinanceDocumentImporter
{
    public static ImportOutcome Import(IOrganizationService service, string? json)
    {
        if (string.IsNullOrWhiteSpace(json))
        {
            throw new InvalidPluginExecutionException("The Finance document is empty; nothing was written.");
        }

        JsonValue root;
        try
        {
            root = JsonReader.Parse(json!);
        }
        catch (JsonSyntaxException e)
        {
            throw new InvalidPluginExecutionException($"The Finance document is not valid JSON: {e.Message}; nothing was written.", e);
        }

        var problems = new ImportProblems();
        var plannedCategories = new List<Entity>();
        var plannedExpenses = new List<PlannedExpense>();
        var plannedInvoices = new List<PlannedInvoice>();
        JsonFields? fields = JsonFields.Of(root, problems, "legalEntity", "expenseCategories", "expenses", "vendorInvoices");
        if (fields is not null)
        {
            string? companyCode = fields.Text("legalEntity");
            var resolver = new ReferenceResolver(service, problems);
            EntityReference? company = companyCode is null ? null : resolver.Company(companyCode, "$.legalEntity");
            var context = new ImportContext(resolver, problems, companyCode, company);
            IReadOnlyList<JsonValue> categories = fields.Array("expenseCategories", required: false);
            IReadOnlyList<JsonValue> expenses = fields.Array("expenses", required: false);
            IReadOnlyList<JsonValue> invoices = fields.Array("vendorInvoices", required: false);
            if (categories.Count + expenses.Count + invoices.Count == 0)
            {
                problems.Add("$ holds no expenseCategories, expenses or vendorInvoices: there is nothing to import.");
            }

            plannedCategories.AddRange(Planned(categories.Select(c => ExpenseCategoryPlanner.Plan(c, context))));
            plannedExpenses.AddRange(Planned(expenses.Select(e => ExpensePlanner.Plan(e, context))));
            plannedInvoices.AddRange(Planned(invoices.Select(i => VendorInvoicePlanner.Plan(i, context))));
        }

        DocumentSize.Check(plannedCategories.Count + plannedExpenses.Count + plannedInvoices.Sum(i => 1 + i.Lines.Count), problems);
        problems.ThrowIfAny();
        return Write(service, plannedCategories, plannedExpenses, plannedInvoices);
    }

    // Materialised in order so each part is read (and its problems recorded) before the next.
    private static List<T> Planned<T>(IEnumerable<T?> plans)
        where T : class =>
        plans.ToList().Where(p => p is not null).Select(p => p!).ToList();

    private static ImportOutcome Write(IOrganizationService service, List<Entity> categories, List<PlannedExpense> expenses, List<PlannedInvoice> invoices)
    {
        int created = 0;
        int written = 0;
        EntityReference Upsert(Entity record)
        {
            InboundWriteResult result = InboundWrites.Upsert(service, record);
            written++;
            created += result.Created ? 1 : 0;
            return result.Record;
        }

        var categoryIds = new Dictionary<string, EntityReference>(StringComparer.Ordinal);
        foreach (Entity category in categories)
        {
            categoryIds[(string)category.KeyAttributes["msdyn_categoryid"]] = Upsert(category);
        }

        foreach (PlannedExpense expense in expenses)
        {
            if (expense.DocumentCategoryId is { } categoryId)
            {
                expense.Record["msdyn_expensecategory"] = categoryIds[categoryId];
            }

            Upsert(expense.Record);
        }

        foreach (PlannedInvoice invoice in invoices)
        {
            EntityReference header = Upsert(invoice.Header);
            foreach (Entity line in invoice.Lines)
            {
                line["msdyn_vendorinvoice"] = header;
                Upsert(line);
            }
        }

        string message = string.Format(
            CultureInfo.InvariantCulture,
            "Imported {0} expense categories, {1} expenses and {2} vendor invoices with {3} lines: {4} records created, {5} updated.",
            categories.Count,
            expenses.Count,
            invoices.Count,
            invoices.Sum(i => i.Lines.Count),
            created,
            written - created);
        return new ImportOutcome(created, written - created, message);
    }
}
