using System.Collections.Generic;
using DualWrite.Plugins.Finance;
using DualWrite.Plugins.Maps.Values;
using static DualWrite.Plugins.Maps.Tables.NaturalKeys;

namespace DualWrite.Plugins.Maps.Tables;

/// <summary>Hour estimates (msdyn_resourceassignments) become Finance's hour forecasts.</summary>
internal static class HourEstimateMap
{
    public const string Name = "msdyn_resourceassignments";

    public static TableMap Map { get; } = new(
        Name,
        "msdyn_resourceassignment",
        "ProjectHourEstimates",
        "ProjectHourEstimate",
        OwnedBy(ProjectCompany("msdyn_projectid")),
        [FieldMap.Key("EstimateId", FinanceEdmType.String, Source.Id())],
        [
            FieldMap.To("ProjectId", FinanceEdmType.String, ProjectNumber("msdyn_projectid")),
            FieldMap.To("TaskId", FinanceEdmType.String, Source.LookupId("msdyn_taskid")),
            FieldMap.To("ResourceId", FinanceEdmType.String, Source.LookupId("msdyn_bookableresourceid")),
            FieldMap.To("Duration", FinanceEdmType.Decimal, Source.Column("msdyn_plannedwork")),
            FieldMap.To("PlannedCostAmount", FinanceEdmType.Decimal, Source.Money("msdyn_plannedcost")),
            FieldMap.To("PlannedSalesAmount", FinanceEdmType.Decimal, Source.Money("msdyn_plannedsales")),
            FieldMap.To("SalesCurrency", FinanceEdmType.String, CurrencyCode("transactioncurrencyid")),
            FieldMap.To("StartDate", FinanceEdmType.DateTimeOffset, Source.Date("msdyn_start")),
            FieldMap.To("ForecastModel", FinanceEdmType.String, EstimateDefaults.ForecastModel),
        ],
        parents: [new ParentDependency("msdyn_projectid", ProjectMap.Name), new ParentDependency("msdyn_taskid", ProjectTaskMap.Name)],
        syncsDeletes: true);
}
