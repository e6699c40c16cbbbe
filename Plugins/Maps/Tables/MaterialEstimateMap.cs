using DualWrite.Plugins.Finance;
using DualWrite.Plugins.Maps.Values;
using DualWrite.Plugins.Schema;
using static DualWrite.Plugins.Maps.Tables.NaturalKeys;

namespace DualWrite.Plugins.Maps.Tables;

/// <summary>Material estimates: the estimate lines (msdyn_estimatelines) classified Material, into Finance's item forecast import.</summary>
internal static class MaterialEstimateMap
{
    public const string Name = "msdyn_estimatelines.material";

    private const string Table = "msdyn_estimateline";

    public static TableMap Map { get; } = new(
        Name,
        Table,
        "ProjForecastSalesImport",
        "ProjForecastSalesImport",
        OwnedBy(ProjectCompany("msdyn_project")),
        [FieldMap.Key("ImportId", FinanceEdmType.Guid, Source.Id())],
        [
            FieldMap.Required("ForecastLineId", FinanceEdmType.Guid, Source.Id()),
            FieldMap.To("ProjId", FinanceEdmType.String, ProjectNumber("msdyn_project")),
            FieldMap.To("ItemId", FinanceEdmType.String, Source.Related("msdyn_product", "product", Source.Column("productnumber"))),
            FieldMap.To("TransactionCategoryId", FinanceEdmType.String, CategoryName("msdyn_transactioncategory")),
            FieldMap.To("TransType", FinanceEnums.TransactionType, Source.Option("msdyn_transactiontypecode", ChoiceMembers.TransactionTypes(Table))),
            FieldMap.To("BillingType", FinanceEnums.BillingType, Source.Option("msdyn_billingtype", ChoiceMembers.BillingTypes(Table))),
            FieldMap.Required("SalesQty", FinanceEdmType.Decimal, Source.Default(Source.Column("msdyn_quantity"), 0m)),
            FieldMap.Required("Price", FinanceEdmType.Decimal, Source.Default(Source.Money("msdyn_price"), 0m)),
            FieldMap.To("Currency", FinanceEdmType.String, CurrencyCode("transactioncurrencyid")),
            FieldMap.Required("StartDate", FinanceEdmType.DateTimeOffset, Source.Date("msdyn_startdatetime")),
            FieldMap.Required("EndDate", FinanceEdmType.DateTimeOffset, Source.Date("msdyn_enddatetime")),
            FieldMap.To("Comment", FinanceEdmType.String, Source.Column("msdyn_description")),
        ],
        filter: RecordFilter.OptionIs("msdyn_transactionclassification", RecordedChoices.Value(Table, "msdyn_transactionclassification", "Material")),
        parents: [new ParentDependency("msdyn_project", ProjectMap.Name), new ParentDependency("msdyn_task", ProjectTaskMap.Name)],
        syncsDeletes: true,
        financeEntity: "ProjForecastSalesImportEntity");
}
