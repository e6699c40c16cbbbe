using System.Linq;
using DualWrite.WorkflowActivities.Json;
using Microsoft.Xrm.Sdk;

namespace DualWrite.WorkflowActivities.Imports;

/// <summary>A posted expense line from Finance, upserted by Finance's expense id and company.</summary>
internal static class ExpensePlanner
{
    public const string Table = "msdyn_expense";

    public static PlannedExpense? Plan(JsonValue item, ImportContext context)
    {
        JsonFields? fields = JsonFields.Of(item, context.Problems, ["expenseId", "name", "category", "date", "currency", .. ProjectCostFields.Names]);
        if (fields is null)
        {
            return null;
        }

        string? expenseId = fields.Text("expenseId");
        string? name = fields.Text("name");
        string? category = fields.Text("category");
        System.DateTime? date = fields.Date("date");
        string? currency = fields.Text("currency");
        context.RequireUnique("expense", expenseId, fields.Path);

        var record = new Entity(Table);
        decimal amount = ProjectCostFields.Read(fields, context, record, out decimal salesTax);
        string? documentCategory = category is not null && context.DocumentCategoryIds.Contains(category) ? category : null;
        if (category is not null && documentCategory is null && context.Company is not null)
        {
            record["msdyn_expensecategory"] = context.Resolver.ExpenseCategory(context.Company, context.CompanyCode, category, fields.Path + ".category");
        }

        if (currency is not null)
        {
            record["transactioncurrencyid"] = context.Resolver.Currency(currency, fields.Path + ".currency");
        }

        if (expenseId is null || name is null || context.Company is null)
        {
            return null;
        }

        context.PutKey(record, "msdyn_externalexpenseid", expenseId, fields.Path + ".expenseId");
        record.KeyAttributes["msdyn_owningcompany"] = context.Company;
        context.Put(record, "msdyn_name", name, fields.Path + ".name");
        context.Put(record, "msdyn_transactiondate", date, fields.Path + ".date");
        context.PutTotal(record, "msdyn_totalamount", [amount, salesTax], fields.Path + " (amount + salesTax, the expense's total)");
        return new PlannedExpense(record, documentCategory);
    }
}
