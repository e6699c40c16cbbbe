using DualWrite.WorkflowActivities.Json;
using Microsoft.Xrm.Sdk;

namespace DualWrite.WorkflowActivities.Imports;

/// <summary>An expense category from Finance (per legal entity), upserted by category id and company.</summary>
internal static class ExpenseCategoryPlanner
{
    public const string Table = "msdyn_expensecategory";

    public static Entity? Plan(JsonValue item, ImportContext context)
    {
        JsonFields? fields = JsonFields.Of(item, context.Problems, "categoryId", "name", "transactionCategory", "expenseType");
        if (fields is null)
        {
            return null;
        }

        string? categoryId = fields.Text("categoryId");
        string? name = fields.Text("name");
        string? transactionCategory = fields.Text("transactionCategory", required: false);
        int? expenseType = fields.WholeNumber("expenseType", required: false);
        context.RequireUnique("expense category", categoryId, fields.Path);
        if (categoryId is not null)
        {
            context.DocumentCategoryIds.Add(categoryId);
        }

        var record = new Entity(Table);
        if (transactionCategory is not null)
        {
            record["msdyn_expensecategoryuid"] = context.Resolver.TransactionCategory(transactionCategory, fields.Path + ".transactionCategory");
        }

        if (categoryId is null || name is null || context.Company is null)
        {
            return null;
        }

        context.PutKey(record, "msdyn_categoryid", categoryId, fields.Path + ".categoryId");
        record.KeyAttributes["msdyn_company"] = context.Company;
        context.Put(record, "msdyn_name", name, fields.Path + ".name");
        if (expenseType is { } type)
        {
            context.Put(record, "msdyn_expensetype", new OptionSetValue(type), fields.Path + ".expenseType");
        }

        return record;
    }
}
