using DualWrite.Plugins.Finance;
using DualWrite.Plugins.Maps.Values;
using static DualWrite.Plugins.Maps.Tables.NaturalKeys;

namespace DualWrite.Plugins.Maps.Tables;

/// <summary>Hour estimates (msdyn_resourceassignments) into Finance's hour estimate import: hours, planned cost and sales of a resource from a date.</summary>
internal static class HourEstimateMap
{
    public const string Name = "msdyn_resourceassignments";

    public static TableMap Map { get; } = new(
        Name,
        "msdyn_resourceassignment",
        "ProjEstimateHoursImport",
        "ProjEstimateHoursImport",
        OwnedBy(ProjectCompany("msdyn_projectid")),
        [FieldMap.Key("EstimateHoursImportId", FinanceEdmType.Guid, Source.Id())],
        [
            FieldMap.To("ProjectId", FinanceEdmType.String, ProjectNumber("msdyn_projectid")),
            FieldMap.Required("ProjCDSResourceId", FinanceEdmType.Guid, Source.LookupId("msdyn_bookableresourceid")),
            FieldMap.Required("Duration", FinanceEdmType.Decimal, Source.Default(Source.Column("msdyn_hours"), 0m)),
            FieldMap.Required("PlannedCostAmount", FinanceEdmType.Decimal, Source.Default(Source.Money("msdyn_plannedcost"), 0m)),
            FieldMap.Required("PlannedSalesAmount", FinanceEdmType.Decimal, Source.Default(Source.Money("msdyn_plannedsales"), 0m)),
            FieldMap.Required("StartDate", FinanceEdmType.DateTimeOffset, Source.Date("msdyn_fromdate")),
        ],
        parents: [new ParentDependency("msdyn_projectid", ProjectMap.Name), new ParentDependency("msdyn_taskid", ProjectTaskMap.Name)],
        syncsDeletes: true,
        financeEntity: "ProjCDSEstimateHoursEntity");
}
