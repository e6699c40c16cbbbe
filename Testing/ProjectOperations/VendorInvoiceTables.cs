using DualWrite.Testing.Schema;

namespace DualWrite.Testing.ProjectOperations;

/// <summary>
/// Project vendor invoices and their lines, which Finance masters and posts (read-only in Dataverse). The line's only
/// integration key is msdyn_externalinvoiceline (map 1.0.0.6 on); the vendor is an account found by account number
/// and company. Table names are Microsoft's (the dual-write map list); the column names beyond the line key are this
/// project's reading, as Microsoft's table reference for these tables is not public.
/// </summary>
internal static class VendorInvoiceTables
{
    public static void AddTo(DataverseSchema schema)
    {
        schema.Define("msdyn_projectvendorinvoice", t => t
            .PrimaryName("msdyn_name").String("msdyn_externalinvoice").Lookup("msdyn_vendor", "account")
            .Lookup("msdyn_owningcompany", CascadeDelete.Restrict, "cdm_company").DateTime("msdyn_invoicedate")
            .Lookup("transactioncurrencyid", "transactioncurrency").Money("msdyn_totalamount")
            .Key("msdyn_externalinvoicecompany", "msdyn_externalinvoice", "msdyn_owningcompany"));
        schema.Define("msdyn_projectvendorinvoiceline", t => t
            .PrimaryName("msdyn_name").String("msdyn_externalinvoiceline")
            .Lookup("msdyn_vendorinvoice", CascadeDelete.Cascade, "msdyn_projectvendorinvoice")
            .Lookup("msdyn_project", "msdyn_project").Lookup("msdyn_projecttask", "msdyn_projecttask")
            .Lookup("msdyn_transactioncategory", "msdyn_transactioncategory").Lookup("msdyn_product", "product")
            .Decimal("msdyn_quantity").Lookup("msdyn_unit", "uom").Money("msdyn_price").Money("msdyn_amount").Money("msdyn_salestaxamount")
            .Lookup("transactioncurrencyid", "transactioncurrency")
            .Key("msdyn_externalinvoiceline", "msdyn_externalinvoiceline"));
    }
}
