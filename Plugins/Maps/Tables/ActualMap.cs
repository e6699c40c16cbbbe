using System.Collections.Generic;
using DualWrite.Plugins.Finance;
using DualWrite.Plugins.Maps.Values;
using static DualWrite.Plugins.Maps.Tables.NaturalKeys;

namespace DualWrite.Plugins.Maps.Tables;

/// <summary>
/// Project Operations integration actuals (msdyn_actuals) into Finance's actuals staging, unless Skip Sync is set.
/// Finance writes the accounting amount, exchange rate, voucher and sales tax back (inbound).
/// </summary>
internal static class ActualMap
{
    public const string Name = "msdyn_actuals";

    public static TableMap Map { get; } = new(
        Name,
        "msdyn_actual",
        "ProjectActualsImports",
        "ProjectActualsImport",
        OwnedBy(ProjectCompany("msdyn_project")),
        [FieldMap.Key("ActualId", FinanceEdmType.String, Source.Id())],
        [
            FieldMap.To("ProjectId", FinanceEdmType.String, ProjectNumber("msdyn_project")),
            FieldMap.To("TaskId", FinanceEdmType.String, Source.LookupId("msdyn_task")),
            FieldMap.To("ContractId", FinanceEdmType.String, ContractNumber("msdyn_contract")),
            FieldMap.To("ContractLine", FinanceEdmType.String, Source.LookupId("msdyn_contractline")),
            FieldMap.To("ResourceId", FinanceEdmType.String, Source.LookupId("msdyn_bookableresource")),
            FieldMap.To("TransactionClassification", FinanceEnums.TransactionClassification, Source.Option("msdyn_transactionclassification", new Dictionary<int, string>
            {
                [Choices.ClassTime] = "Time",
                [Choices.ClassExpense] = "Expense",
                [Choices.ClassMaterial] = "Material",
                [Choices.ClassFee] = "Fee",
                [Choices.ClassMilestone] = "Milestone",
            })),
            FieldMap.To("TransType", FinanceEnums.ActualType, Source.Option("msdyn_transactiontypecode", new Dictionary<int, string>
            {
                [Choices.TypeCost] = "Cost",
                [Choices.TypeUnbilledSales] = "UnbilledSales",
                [Choices.TypeBilledSales] = "BilledSales",
            })),
            FieldMap.To("TransactionCategory", FinanceEdmType.String, CategoryName("msdyn_transactioncategory")),
            FieldMap.To("BillingType", FinanceEnums.BillingType, Source.Option("msdyn_billingtype", new Dictionary<int, string>
            {
                [Choices.BillingNonChargeable] = "NonChargeable",
                [Choices.BillingChargeable] = "Chargeable",
                [Choices.BillingComplimentary] = "Complimentary",
                [Choices.BillingNotAvailable] = "NotAvailable",
            })),
            FieldMap.To("Quantity", FinanceEdmType.Decimal, Source.Column("msdyn_quantity")),
            FieldMap.To("UnitOfMeasure", FinanceEdmType.String, UnitName("msdyn_unit")),
            FieldMap.To("UnitPrice", FinanceEdmType.Decimal, Source.Money("msdyn_price")),
            FieldMap.To("Amount", FinanceEdmType.Decimal, Source.Money("msdyn_amount")),
            FieldMap.To("TransactionCurrencyId", FinanceEdmType.String, CurrencyCode("transactioncurrencyid")),
            FieldMap.To("AccountingDate", FinanceEdmType.DateTimeOffset, Source.Date("msdyn_documentdate")),
            FieldMap.To("Description", FinanceEdmType.String, Source.Column("msdyn_description")),
            FieldMap.From("AccountingAmount", FinanceEdmType.Decimal, Source.Money("msdyn_accountingamount")),
            FieldMap.From("ExchangeRate", FinanceEdmType.Decimal, Source.Column("msdyn_exchangerate")),
            FieldMap.From("VoucherNumber", FinanceEdmType.String, Source.Column("msdyn_vouchernumber")),
            FieldMap.From("SalesTaxAmount", FinanceEdmType.Decimal, Source.Money("msdyn_salestaxamount")),
        ],
        filter: RecordFilter.NotYes("msdyn_skipsync"),
        parents: [new ParentDependency("msdyn_project", ProjectMap.Name)]);
}
