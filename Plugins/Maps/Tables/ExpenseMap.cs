using System.Collections.Generic;
using DualWrite.Plugins.Finance;
using DualWrite.Plugins.Maps.Values;
using static DualWrite.Plugins.Maps.Tables.NaturalKeys;

namespace DualWrite.Plugins.Maps.Tables;

/// <summary>
/// Expense entries Dataverse masters (msdyn_expenses approved in Dataverse). Expenses imported from Finance carry
/// Finance's expense id and never go back.
/// </summary>
internal static class ExpenseMap
{
    public const string Name = "msdyn_expenses";

    public static TableMap Map { get; } = new(
        Name,
        "msdyn_expense",
        "ProjectExpenses",
        "ProjectExpense",
        OwnedBy(CompanyCode("msdyn_owningcompany")),
        [FieldMap.Key("ExpenseId", FinanceEdmType.String, Source.Id())],
        [
            FieldMap.To("ProjectId", FinanceEdmType.String, ProjectNumber("msdyn_project")),
            FieldMap.To("TaskId", FinanceEdmType.String, Source.LookupId("msdyn_projecttask")),
            FieldMap.To("CategoryId", FinanceEdmType.String, Source.Related("msdyn_expensecategory", "msdyn_expensecategory", Source.Column("msdyn_categoryid"))),
            FieldMap.To("TransactionDate", FinanceEdmType.DateTimeOffset, Source.Date("msdyn_transactiondate")),
            FieldMap.To("Quantity", FinanceEdmType.Decimal, Source.Column("msdyn_quantity")),
            FieldMap.To("Price", FinanceEdmType.Decimal, Source.Money("msdyn_price")),
            FieldMap.To("Amount", FinanceEdmType.Decimal, Source.Money("msdyn_amount")),
            FieldMap.To("SalesTaxAmount", FinanceEdmType.Decimal, Source.Money("msdyn_salestaxamount")),
            FieldMap.To("CurrencyCode", FinanceEdmType.String, CurrencyCode("transactioncurrencyid")),
            FieldMap.To("UnitOfMeasure", FinanceEdmType.String, UnitName("msdyn_unit")),
            FieldMap.To("Description", FinanceEdmType.String, Source.Column("msdyn_name")),
        ],
        filter: RecordFilter.OptionIs("msdyn_expensestatus", Choices.ExpenseApproved).And(RecordFilter.IsEmpty("msdyn_externalexpenseid")),
        parents: [new ParentDependency("msdyn_project", ProjectMap.Name)]);
}
