using DualWrite.Testing.Schema;

namespace DualWrite.Testing.ProjectOperations;

/// <summary>
/// The tables both directions of the sync use: companies (cdm_company, whose code is Finance's dataAreaId), currencies,
/// units, products, customers and vendors (account, striped by company as dual-write's Customers V3 map does),
/// transaction categories, projects and tasks, contracts and their lines, actuals, proforma invoices and expenses.
/// </summary>
internal static class CoreTables
{
    public static void AddTo(DataverseSchema schema)
    {
        schema.Define("cdm_company", t => t.OrganizationOwned().PrimaryName("cdm_name").String("cdm_companycode").Key("cdm_companycode", "cdm_companycode"));
        schema.Define("transactioncurrency", t => t.OrganizationOwned().PrimaryName("currencyname").String("isocurrencycode").Decimal("exchangerate").Key("isocurrencycode", "isocurrencycode"));
        schema.Define("uomschedule", t => t.OrganizationOwned().PrimaryName("name"));
        schema.Define("uom", t => t.OrganizationOwned().PrimaryName("name").Lookup("uomscheduleid", CascadeDelete.Cascade, "uomschedule").Decimal("quantity"));
        schema.Define("product", t => t.OrganizationOwned().PrimaryName("name").String("productnumber").Key("productnumber", "productnumber"));
        schema.Define("account", t => t
            .PrimaryName("name").String("accountnumber").Lookup("msdyn_company", CascadeDelete.Restrict, "cdm_company")
            .Key("msdyn_accountnumbercompany", "accountnumber", "msdyn_company"));
        schema.Define("bookableresource", t => t.PrimaryName("name").Lookup("userid", "systemuser").Lookup("msdyn_company", CascadeDelete.Restrict, "cdm_company"));
        schema.Define("msdyn_transactioncategory", t => t.PrimaryName("msdyn_name").String("msdyn_description"));

        schema.Define("salesorder", t => t
            .PrimaryName("name").String("ordernumber").Lookup("customerid", "account").Lookup("transactioncurrencyid", "transactioncurrency")
            .Lookup("msdyn_company", CascadeDelete.Restrict, "cdm_company").String("description"));
        schema.Define("salesorderdetail", t => t
            .PrimaryName("productdescription").Lookup("salesorderid", CascadeDelete.Cascade, "salesorder").Lookup("msdyn_project", "msdyn_project")
            .Choice("msdyn_billingmethod").Money("extendedamount").Lookup("transactioncurrencyid", "transactioncurrency"));

        schema.Define("msdyn_project", t => t
            .PrimaryName("msdyn_subject").String("msdyn_projectnumber").String("msdyn_description")
            .Lookup("msdyn_owningcompany", CascadeDelete.Restrict, "cdm_company").Lookup("msdyn_customer", "account").Lookup("msdyn_salesorderid", "salesorder")
            .Lookup("msdyn_projectmanager", "systemuser").DateTime("msdyn_scheduledstart").DateTime("msdyn_finish")
            .DateTime("msdyn_actualstart").DateTime("msdyn_actualend")
            .Key("msdyn_projectnumbercompany", "msdyn_projectnumber", "msdyn_owningcompany"));
        schema.Define("msdyn_projecttask", t => t
            .PrimaryName("msdyn_subject").Lookup("msdyn_project", CascadeDelete.Cascade, "msdyn_project").String("msdyn_wbsid")
            .Lookup("msdyn_parenttask", "msdyn_projecttask").DateTime("msdyn_scheduledstart").DateTime("msdyn_scheduledend").Double("msdyn_effort"));

        // Actuals: what the outbound map sends, plus the four columns Finance writes back when it posts (accounting
        // amount, exchange rate, voucher, sales tax) and the "Skip Sync (internal use only)" flag set at create.
        schema.Define("msdyn_actual", t => t
            .PrimaryName("msdyn_description").Lookup("msdyn_project", "msdyn_project").Lookup("msdyn_task", "msdyn_projecttask")
            .Lookup("msdyn_contract", "salesorder").Lookup("msdyn_contractline", "salesorderdetail")
            .Lookup("msdyn_bookableresource", "bookableresource").Lookup("msdyn_transactioncategory", "msdyn_transactioncategory")
            .Lookup("msdyn_customer", "account").Lookup("msdyn_unit", "uom").Lookup("transactioncurrencyid", "transactioncurrency")
            .Choice("msdyn_transactiontypecode").Choice("msdyn_transactionclassification").Choice("msdyn_billingtype")
            .DateTime("msdyn_documentdate").Decimal("msdyn_quantity").Money("msdyn_price").Money("msdyn_amount")
            .Boolean("msdyn_skipsync")
            .Money("msdyn_accountingamount").Decimal("msdyn_exchangerate").String("msdyn_vouchernumber").Money("msdyn_salestaxamount"));

        // Proforma invoices: the header of the contract's invoice; the invoice number is the proposal number in Finance.
        schema.Define("invoice", t => t
            .PrimaryName("name").String("invoicenumber").Lookup("salesorderid", "salesorder").Lookup("customerid", "account")
            .Lookup("transactioncurrencyid", "transactioncurrency").DateTime("msdyn_invoicedate").Money("totalamount").String("description"));

        // Expenses and their categories: categories are per company in Dataverse; an expense is entered in Dataverse
        // (outbound once approved) or imported from Finance once posted (with Finance's expense line id).
        schema.Define("msdyn_expensecategory", t => t
            .PrimaryName("msdyn_name").String("msdyn_categoryid").Lookup("msdyn_company", CascadeDelete.Restrict, "cdm_company")
            .Lookup("msdyn_transactioncategory", "msdyn_transactioncategory").Choice("msdyn_expensetype")
            .Key("msdyn_categorycompany", "msdyn_categoryid", "msdyn_company"));
        schema.Define("msdyn_expense", t => t
            .PrimaryName("msdyn_name").Lookup("msdyn_expensecategory", "msdyn_expensecategory").Lookup("msdyn_project", "msdyn_project")
            .Lookup("msdyn_projecttask", "msdyn_projecttask").Lookup("msdyn_owningcompany", CascadeDelete.Restrict, "cdm_company")
            .DateTime("msdyn_transactiondate").Decimal("msdyn_quantity").Money("msdyn_price").Money("msdyn_amount")
            .Money("msdyn_salestaxamount").Money("msdyn_totalamount").Lookup("msdyn_unit", "uom").Lookup("transactioncurrencyid", "transactioncurrency")
            .Choice("msdyn_expensestatus").String("msdyn_externalexpenseid")
            .Key("msdyn_externalexpensecompany", "msdyn_externalexpenseid", "msdyn_owningcompany"));
    }
}
