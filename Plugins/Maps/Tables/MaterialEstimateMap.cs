using System.Collections.Generic;
using DualWrite.Plugins.Finance;
using DualWrite.Plugins.Maps.Values;
using static DualWrite.Plugins.Maps.Tables.NaturalKeys;

namespace DualWrite.Plugins.Maps.Tables;

/// <summary>Material estimates: the estimate lines (msdyn_estimatelines) of transaction class Material, as Finance's sales forecasts.</summary>
internal static class MaterialEstimateMap
{
    public const string Name = "msdyn_estimatelines.material";

    public static TableMap Map { get; } = new(
        Name,
        "msdyn_estimateline",
        "ProjectMaterialEstimates",
        "ProjectMaterialEstimate",
        OwnedBy(ProjectCompany("msdyn_project")),
        [FieldMap.Key("EstimateLineId", FinanceEdmType.String, Source.Id())],
        [
            FieldMap.To("ProjectId", FinanceEdmType.String, ProjectNumber("msdyn_project")),
            FieldMap.To("TaskId", FinanceEdmType.String, Source.LookupId("msdyn_task")),
            FieldMap.To("ItemNumber", FinanceEdmType.String, Source.Related("msdyn_product", "product", Source.Column("productnumber"))),
            FieldMap.To("Quantity", FinanceEdmType.Decimal, Source.Column("msdyn_quantity")),
            FieldMap.To("SalesPrice", FinanceEdmType.Decimal, Source.Money("msdyn_price")),
            FieldMap.To("CurrencyCode", FinanceEdmType.String, CurrencyCode("transactioncurrencyid")),
            FieldMap.To("TransDate", FinanceEdmType.DateTimeOffset, Source.Date("msdyn_date")),
            FieldMap.To("ModelId", FinanceEdmType.String, EstimateDefaults.ForecastModel),
        ],
        filter: RecordFilter.OptionIs("msdyn_transactionclass", Choices.ClassMaterial),
        parents: [new ParentDependency("msdyn_project", ProjectMap.Name), new ParentDependency("msdyn_task", ProjectTaskMap.Name)],
        syncsDeletes: true);
}
