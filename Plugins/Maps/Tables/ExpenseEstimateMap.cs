using System.Collections.Generic;
using DualWrite.Plugins.Finance;
using DualWrite.Plugins.Maps.Values;
using static DualWrite.Plugins.Maps.Tables.NaturalKeys;

namespace DualWrite.Plugins.Maps.Tables;

/// <summary>Expense estimates: the estimate lines (msdyn_estimatelines) of transaction class Expense.</summary>
internal static class ExpenseEstimateMap
{
    public const string Name = "msdyn_estimatelines.expense";

    public static TableMap Map { get; } = new(
        Name,
        "msdyn_estimateline",
        "ProjectExpenseEstimates",
        "ProjectExpenseEstimate",
        OwnedBy(ProjectCompany("msdyn_project")),
        [FieldMap.Key("EstimateLineId", FinanceEdmType.String, Source.Id())],
        [
            FieldMap.To("ProjectId", FinanceEdmType.String, ProjectNumber("msdyn_project")),
            FieldMap.To("TaskId", FinanceEdmType.String, Source.LookupId("msdyn_task")),
            FieldMap.To("TransactionCategory", FinanceEdmType.String, CategoryName("msdyn_transactioncategory")),
            FieldMap.To("Quantity", FinanceEdmType.Decimal, Source.Column("msdyn_quantity")),
            FieldMap.To("Price", FinanceEdmType.Decimal, Source.Money("msdyn_price")),
            FieldMap.To("CurrencyId", FinanceEdmType.String, CurrencyCode("transactioncurrencyid")),
            FieldMap.To("TransDate", FinanceEdmType.DateTimeOffset, Source.Date("msdyn_date")),
            FieldMap.To("ModelId", FinanceEdmType.String, EstimateDefaults.ForecastModel),
        ],
        filter: RecordFilter.OptionIs("msdyn_transactionclass", Choices.ClassExpense),
        parents: [new ParentDependency("msdyn_project", ProjectMap.Name), new ParentDependency("msdyn_task", ProjectTaskMap.Name)],
        syncsDeletes: true);
}
