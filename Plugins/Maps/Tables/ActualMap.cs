using DualWrite.Plugins.Finance;
using DualWrite.Plugins.Maps.Values;
using static DualWrite.Plugins.Maps.Tables.NaturalKeys;

namespace DualWrite.Plugins.Maps.Tables;

/// <summary>
/// Project Operations integration actuals (msdyn_actuals) into Finance's actuals import, unless Skip Sync is set.
/// Finance writes the accounting amount, exchange rate, voucher and sales tax back (inbound).
/// </summary>
internal static class ActualMap
{
    public const string Name = "msdyn_actuals";

    private const string Table = "msdyn_actual";

    public static TableMap Map { get; } = new(
        Name,
        Table,
        "ProjActualsImports",
        "ProjActualsImport",
        OwnedBy(ProjectCompany("msdyn_project")),
        [FieldMap.Key("ActualsImportId", FinanceEdmType.Guid, Source.Id())],
        [
            FieldMap.Required("ActualId", FinanceEdmType.Guid, Source.Id()),
            FieldMap.To("ProjectId", FinanceEdmType.String, ProjectNumber("msdyn_project")),
            FieldMap.To("ProjectDataAreaId", FinanceEdmType.String, ProjectCompany("msdyn_project")),
            FieldMap.To("ContractId", FinanceEdmType.String, ContractNumber("msdyn_salescontract")),
            FieldMap.To("ContractLineId", FinanceEdmType.String, Source.LookupId("msdyn_salescontractlineid")),
            FieldMap.Required("ResourceId", FinanceEdmType.Guid, Source.Default(Source.LookupId("msdyn_bookableresource"), NoRecord)),
            FieldMap.Required("TransactionClassification", FinanceEdmType.Int64, Source.OptionNumber("msdyn_transactionclassification")),
            FieldMap.To("TransactionType", FinanceEnums.TransactionType, Source.Option("msdyn_transactiontypecode", ChoiceMembers.TransactionTypes(Table))),
            FieldMap.To("TransactionCategoryId", FinanceEdmType.String, CategoryName("msdyn_transactioncategory")),
            FieldMap.To("BillingType", FinanceEnums.BillingType, Source.Option("msdyn_billingtype", ChoiceMembers.BillingTypes(Table))),
            FieldMap.Required("Quantity", FinanceEdmType.Decimal, Source.Default(Source.Column("msdyn_quantity"), 0m)),
            FieldMap.To("UnitOfMeasure", FinanceEdmType.String, UnitName("msdyn_unit")),
            FieldMap.Required("UnitPrice", FinanceEdmType.Decimal, Source.Default(Source.Money("msdyn_price"), 0m)),
            FieldMap.Required("Amount", FinanceEdmType.Decimal, Source.Default(Source.Money("msdyn_amount"), 0m)),
            FieldMap.To("TransactionCurrencyId", FinanceEdmType.String, CurrencyCode("transactioncurrencyid")),
            FieldMap.Required("DocumentDate", FinanceEdmType.DateTimeOffset, Source.Date("msdyn_documentdate")),
            FieldMap.Required("AccountingDate", FinanceEdmType.DateTimeOffset, Source.Date("msdyn_accountingdate")),
            FieldMap.Required("StartDate", FinanceEdmType.DateTimeOffset, Source.Date("msdyn_startdatetime")),
            FieldMap.Required("EndDate", FinanceEdmType.DateTimeOffset, Source.Date("msdyn_enddatetime")),
            FieldMap.To("Description", FinanceEdmType.String, Source.Column("msdyn_description")),
            FieldMap.From("AccountingAmount", FinanceEdmType.Decimal, Source.Money("msdyn_accountingamount")),
            FieldMap.From("ExchangeRate", FinanceEdmType.Decimal, Source.Column("msdyn_exchangerate")),
            FieldMap.From("VoucherNumber", FinanceEdmType.String, Source.Column("msdyn_externalreferenceid")),
            FieldMap.From("SalesTaxAmount", FinanceEdmType.Decimal, Source.Money("msdyn_salestaxamount")),
        ],
        filter: RecordFilter.NotYes("msdyn_skipsync"),
        parents: [new ParentDependency("msdyn_project", ProjectMap.Name)],
        financeEntity: "ProjCDSActualsImportEntity");
}
