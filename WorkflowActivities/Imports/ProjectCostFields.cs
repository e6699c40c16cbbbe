using Microsoft.Xrm.Sdk;

namespace DualWrite.WorkflowActivities.Imports;

/// <summary>
/// The fields a posted expense and a vendor invoice line share (project, task, quantity, unit, price, amount, sales
/// tax), read and resolved onto the record under the same column names both tables use.
/// </summary>
internal static class ProjectCostFields
{
    /// <summary>The field names these are read from.</summary>
    public static readonly string[] Names = ["project", "task", "quantity", "unit", "price", "amount", "salesTax"];

    /// <summary>Reads and resolves the fields onto the record; returns the amount and sales tax (0 when unread).</summary>
    public static decimal Read(JsonFields fields, ImportContext context, Entity record, out decimal salesTax)
    {
        string? project = fields.Text("project");
        string? task = fields.Text("task", required: false);
        decimal? quantity = fields.Number("quantity");
        string? unit = fields.Text("unit");
        decimal? price = fields.Number("price");
        decimal? amount = fields.Number("amount");
        decimal? tax = fields.Number("salesTax", required: false);

        if (project is not null && context.Company is not null)
        {
            EntityReference? projectRecord = context.Resolver.Project(context.Company, context.CompanyCode, project, fields.Path + ".project");
            record["msdyn_project"] = projectRecord;
            if (task is not null && projectRecord is not null)
            {
                record["msdyn_projecttask"] = context.Resolver.Task(projectRecord, project, task, fields.Path + ".task");
            }
        }

        if (unit is not null)
        {
            record["msdyn_unit"] = context.Resolver.Unit(unit, fields.Path + ".unit");
        }

        context.Put(record, "msdyn_quantity", quantity, fields.Path + ".quantity");
        context.Put(record, "msdyn_price", price is { } p ? new Money(p) : null, fields.Path + ".price");
        context.Put(record, "msdyn_amount", amount is { } a ? new Money(a) : null, fields.Path + ".amount");
        context.Put(record, "msdyn_salestaxamount", new Money(tax ?? 0m), fields.Path + ".salesTax");
        salesTax = tax ?? 0m;
        return amount ?? 0m;
    }
}
