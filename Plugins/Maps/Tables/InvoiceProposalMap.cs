using DualWrite.Plugins.Finance;
using DualWrite.Plugins.Maps.Values;
using DualWrite.Plugins.Schema;
using static DualWrite.Plugins.Maps.Tables.NaturalKeys;

namespace DualWrite.Plugins.Maps.Tables;

/// <summary>
/// Project invoice proposals V2 (invoices): a proforma invoice, once confirmed, becomes a Finance invoice proposal
/// numbered with the proforma's id. Its lines are not sent: Finance builds the proposal's lines from the billed-sales
/// actuals it imports (msdyn_actuals). No public source shows this entity; every Finance name is unconfirmed, and an
/// environment's own entity set goes in dw_EntitySetOverrides.
/// </summary>
internal static class InvoiceProposalMap
{
    public const string Name = "invoices";

    private const string Table = "invoice";

    public static TableMap Map { get; } = new(
        Name,
        Table,
        "ProjInvoiceProposalsV2",
        "ProjInvoiceProposalV2",
        OwnedBy(ContractCompany("salesorderid")),
        [FieldMap.Key("InvoiceProposalId", FinanceEdmType.String, Source.Column("invoicenumber"))],
        [
            FieldMap.To("ProjectContractId", FinanceEdmType.String, ContractNumber("salesorderid")),
            FieldMap.To("SalesCurrency", FinanceEdmType.String, CurrencyCode("transactioncurrencyid")),
            FieldMap.Required("InvoiceDate", FinanceEdmType.DateTimeOffset, Source.Date("msdyn_invoicedate")),
            FieldMap.To("InvoiceHeaderText", FinanceEdmType.String, Source.Column("name")),
        ],
        filter: RecordFilter.OptionIs("msdyn_projectinvoicestatus", RecordedChoices.Value(Table, "msdyn_projectinvoicestatus", "Confirmed")),
        parents: [new ParentDependency("salesorderid", ProjectContractMap.Name)],
        financeEntity: "ProjInvoiceProposalV2Entity");
}
