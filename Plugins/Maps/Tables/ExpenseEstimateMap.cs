using DualWrite.Plugins.Finance;
using DualWrite.Plugins.Maps.Values;
using DualWrite.Plugins.Schema;
using static DualWrite.Plugins.Maps.Tables.NaturalKeys;

namespace DualWrite.Plugins.Maps.Tables;

/// <summary>Expense estimates: the estimate lines (msdyn_estimatelines) classified Expense, into Finance's expense estimate import.</summary>
internal static class ExpenseEstimateMap
{
    public const string Name = "msdyn_estimatelines.expense";

    private const string Table = "msdyn_estimateline";

    public static TableMap Map { get; } = new(
        Name,
        Table,
        "ProjEstimateExpensesImports",
        "ProjEstimateExpensesImport",
        OwnedBy(ProjectCompany("msdyn_project")),
        [FieldMap.Key("EstimateExpensesImportId", FinanceEdmType.Guid, Source.Id())],
        [
            FieldMap.Required("EstimateLineId", FinanceEdmType.Guid, Source.Id()),
            FieldMap.To("ProjectId", FinanceEdmType.String, ProjectNumber("msdyn_project")),
            FieldMap.To("TransactionCategoryId", FinanceEdmType.String, CategoryName("msdyn_transactioncategory")),
            FieldMap.To("TransType", FinanceEnums.TransactionType, Source.Option("msdyn_transactiontypecode", ChoiceMembers.TransactionTypes(Table))),
            FieldMap.To("BillingType", FinanceEnums.BillingType, Source.Option("msdyn_billingtype", ChoiceMembers.BillingTypes(Table))),
            FieldMap.Required("Quantity", FinanceEdmType.Decimal, Source.Default(Source.Column("msdyn_quantity"), 0m)),
            FieldMap.Required("Price", FinanceEdmType.Decimal, Source.Default(Source.Money("msdyn_price"), 0m)),
            FieldMap.To("CurrencyId", FinanceEdmType.String, CurrencyCode("transactioncurrencyid")),
            FieldMap.Required("StartDate", FinanceEdmType.DateTimeOffset, Source.Date("msdyn_startdatetime")),
            FieldMap.Required("EndDate", FinanceEdmType.DateTimeOffset, Source.Date("msdyn_enddatetime")),
            FieldMap.Required("ProjCDSResourceId", FinanceEdmType.Guid, Source.Default(Source.LookupId("msdyn_bookableresource"), NaturalKeys.NoRecord)),
            FieldMap.To("Description", FinanceEdmType.String, Source.Column("msdyn_description")),
        ],
        filter: RecordFilter.OptionIs("msdyn_transactionclassification", RecordedChoices.Value(Table, "msdyn_transactionclassification", "Expense")),
        parents: [new ParentDependency("msdyn_project", ProjectMap.Name), new ParentDependency("msdyn_task", ProjectTaskMap.Name)],
        syncsDeletes: true,
        financeEntity: "ProjCDSEstimateExpensesImportEntity");
}
