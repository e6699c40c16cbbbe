using System.Collections.Generic;
using DualWrite.Plugins.Finance;
using DualWrite.Plugins.Maps.Values;
using static DualWrite.Plugins.Maps.Tables.NaturalKeys;

namespace DualWrite.Plugins.Maps.Tables;

/// <summary>
/// Project invoice proposals V2 (invoices): a proforma invoice, once confirmed, becomes a Finance invoice proposal
/// numbered with the proforma's id; its lines (invoicedetails) go in the same  change set.
/// </summary>
internal static class InvoiceProposalMap
{
    public const string Name = "invoices";

    public static TableMap Map { get; } = new(
        Name,
        "invoice",
        "ProjectInvoiceProposals",
        "ProjectInvoiceProposal",
        OwnedBy(ContractCompany("salesorderid")),
        [FieldMap.Key("ProposalId", FinanceEdmType.String, Source.Column("invoicenumber"))],
        [
            FieldMap.To("ContractId", FinanceEdmType.String, ContractNumber("salesorderid")),
            FieldMap.To("CustomerAccount", FinanceEdmType.String, CustomerAccount("customerid")),
            FieldMap.To("CurrencyCode", FinanceEdmType.String, CurrencyCode("transactioncurrencyid")),
            FieldMap.To("InvoiceDate", FinanceEdmType.DateTimeOffset, Source.Date("msdyn_invoicedate")),
            FieldMap.To("Description", FinanceEdmType.String, Source.Column("name")),
            FieldMap.To("TotalAmount", FinanceEdmType.Decimal, Source.Money("totalamount")),
        ],
        filter: RecordFilter.OptionIs("statuscode", Choices.InvoiceConfirmed),
        parents: [new ParentDependency("salesorderid", ProjectContractMap.Name)],
        lines: new LineMap(
            "invoicedetails",
            "invoicedetail",
            "invoiceid",
            "ProjectInvoiceProposalLines",
            "ProjectInvoiceProposalLine",
            [
                FieldMap.Key("ProposalId", FinanceEdmType.String, Source.Related("invoiceid", "invoice", Source.Column("invoicenumber"))),
                FieldMap.Key("LineId", FinanceEdmType.String, Source.Id()),
            ],
            [
                FieldMap.To("Description", FinanceEdmType.String, Source.Column("productdescription")),
                FieldMap.To("ContractLine", FinanceEdmType.String, Source.LookupId("msdyn_contractline")),
                FieldMap.To("Quantity", FinanceEdmType.Decimal, Source.Column("quantity")),
                FieldMap.To("UnitPrice", FinanceEdmType.Decimal, Source.Money("priceperunit")),
                FieldMap.To("Amount", FinanceEdmType.Decimal, Source.Money("extendedamount")),
            ]));
}
