using System.Collections.Generic;
using System.Linq;
using DualWrite.WorkflowActivities.Json;
using Microsoft.Xrm.Sdk;

namespace DualWrite.WorkflowActivities.Imports;

/// <summary>
/// A posted vendor invoice from Finance with its project lines: the header upserted by Finance's invoice id and
/// company, each line by its external line id alone (the line map's only key), the vendor by account number and company.
/// </summary>
internal static class VendorInvoicePlanner
{
    public const string HeaderTable = "msdyn_projectvendorinvoice";
    public const string LineTable = "msdyn_projectvendorinvoiceline";

    public static PlannedInvoice? Plan(JsonValue item, ImportContext context)
    {
        JsonFields? fields = JsonFields.Of(item, context.Problems, "invoiceId", "name", "vendor", "date", "currency", "lines");
        if (fields is null)
        {
            return null;
        }

        string? invoiceId = fields.Text("invoiceId");
        string? name = fields.Text("name", required: false);
        string? vendor = fields.Text("vendor");
        System.DateTime? date = fields.Date("date");
        string? currency = fields.Text("currency");
        IReadOnlyList<JsonValue> lineItems = fields.Array("lines");
        context.RequireUnique("vendor invoice", invoiceId, fields.Path);

        var header = new Entity(HeaderTable);
        if (vendor is not null && context.Company is not null)
        {
            header["msdyn_vendor"] = context.Resolver.Vendor(context.Company, context.CompanyCode, vendor, fields.Path + ".vendor");
        }

        EntityReference? currencyRecord = currency is null ? null : context.Resolver.Currency(currency, fields.Path + ".currency");
        var lines = lineItems.Select(line => PlanLine(line, context, currencyRecord)).ToList();
        if (invoiceId is null || context.Company is null || lines.Any(l => l is null))
        {
            return null;
        }

        context.PutKey(header, "msdyn_externalinvoice", invoiceId, fields.Path + ".invoiceId");
        header.KeyAttributes["msdyn_owningcompany"] = context.Company;
        context.Put(header, "msdyn_name", name ?? invoiceId, fields.Path + (name is null ? ".invoiceId" : ".name"));
        context.Put(header, "msdyn_invoicedate", date, fields.Path + ".date");
        header["transactioncurrencyid"] = currencyRecord;
        context.PutTotal(header, "msdyn_totalamount", lines.Select(l => l!.GetAttributeValue<Money>("msdyn_amount")?.Value ?? 0m), fields.Path + " (the lines' amounts, the invoice's total)");
        return new PlannedInvoice(header, lines.Select(l => l!).ToList());
    }

    private static Entity? PlanLine(JsonValue item, ImportContext context, EntityReference? currency)
    {
        JsonFields? fields = JsonFields.Of(item, context.Problems, ["lineId", "description", "category", "product", .. ProjectCostFields.Names]);
        if (fields is null)
        {
            return null;
        }

        string? lineId = fields.Text("lineId");
        string? description = fields.Text("description", required: false);
        string? category = fields.Text("category");
        string? product = fields.Text("product", required: false);
        context.RequireUnique("vendor invoice line", lineId, fields.Path);

        var line = new Entity(LineTable);
        ProjectCostFields.Read(fields, context, line, out _);
        if (category is not null)
        {
            line["msdyn_transactioncategory"] = context.Resolver.TransactionCategory(category, fields.Path + ".category");
        }

        if (product is not null)
        {
            line["msdyn_product"] = context.Resolver.Product(product, fields.Path + ".product");
        }

        if (lineId is null)
        {
            return null;
        }

        context.PutKey(line, "msdyn_externalinvoiceline", lineId, fields.Path + ".lineId");
        context.Put(line, "msdyn_name", description ?? lineId, fields.Path + (description is null ? ".lineId" : ".description"));
        line["transactioncurrencyid"] = currency;
        return line;
    }
}
