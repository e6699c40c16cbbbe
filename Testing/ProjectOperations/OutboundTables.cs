using DualWrite.Testing.Schema;

namespace DualWrite.Testing.ProjectOperations;

/// <summary>
/// The Project Operations tables only the outbound maps read: funding sources, contract line milestones, resource
/// roles, hour and expense/material estimates, transaction connections and proforma invoice lines. Column names are
/// this project's reading of Microsoft's table reference.
/// </summary>
internal static class OutboundTables
{
    public static void AddTo(DataverseSchema schema)
    {
        schema.Define("msdyn_projectcontractssplitbillingrule", t => t
            .PrimaryName("msdyn_name").Lookup("msdyn_contract", CascadeDelete.Cascade, "salesorder").Lookup("msdyn_customer", "account")
            .Decimal("msdyn_allocationpercentage"));
        schema.Define("msdyn_contractlinescheduleofvalue", t => t
            .PrimaryName("msdyn_name").Lookup("msdyn_contractline", CascadeDelete.Cascade, "salesorderdetail")
            .DateTime("msdyn_invoicedate").Money("msdyn_amount").Lookup("transactioncurrencyid", "transactioncurrency"));
        schema.Define("bookableresourcecategory", t => t.OrganizationOwned().PrimaryName("name").String("description"));
        schema.Define("msdyn_resourceassignment", t => t
            .PrimaryName("msdyn_name").Lookup("msdyn_projectid", CascadeDelete.Cascade, "msdyn_project").Lookup("msdyn_taskid", CascadeDelete.Cascade, "msdyn_projecttask")
            .Lookup("msdyn_bookableresourceid", "bookableresource").Decimal("msdyn_plannedwork").Money("msdyn_plannedcost").Money("msdyn_plannedsales")
            .DateTime("msdyn_start").DateTime("msdyn_finish").Lookup("transactioncurrencyid", "transactioncurrency"));
        schema.Define("msdyn_estimateline", t => t
            .PrimaryName("msdyn_description").Lookup("msdyn_project", CascadeDelete.Cascade, "msdyn_project").Lookup("msdyn_task", "msdyn_projecttask")
            .Choice("msdyn_transactionclass").Lookup("msdyn_transactioncategory", "msdyn_transactioncategory").Lookup("msdyn_product", "product")
            .Decimal("msdyn_quantity").Money("msdyn_price").Money("msdyn_amount").DateTime("msdyn_date").Lookup("transactioncurrencyid", "transactioncurrency"));
        schema.Define("msdyn_transactionconnection", t => t
            .PrimaryName("msdyn_name")
            .Lookup("msdyn_transaction1", "msdyn_actual").Choice("msdyn_transaction1role").Choice("msdyn_transaction1typecode")
            .Lookup("msdyn_transaction2", "msdyn_actual").Choice("msdyn_transaction2role").Choice("msdyn_transaction2typecode"));
        schema.Define("invoicedetail", t => t
            .PrimaryName("productdescription").Lookup("invoiceid", CascadeDelete.Cascade, "invoice").Lookup("msdyn_contractline", "salesorderdetail")
            .Decimal("quantity").Money("priceperunit").Money("extendedamount"));
    }
}
