using System.Collections.Generic;
using DualWrite.Plugins.Finance;
using DualWrite.Plugins.Maps.Values;
using static DualWrite.Plugins.Maps.Tables.NaturalKeys;

namespace DualWrite.Plugins.Maps.Tables;

/// <summary>Project tasks (msdyn_projecttasks) become Finance activities, for reference only.</summary>
internal static class ProjectTaskMap
{
    public const string Name = "msdyn_projecttasks";

    public static TableMap Map { get; } = new(
        Name,
        "msdyn_projecttask",
        "ProjectActivities",
        "ProjectActivity",
        OwnedBy(ProjectCompany("msdyn_project")),
        [FieldMap.Key("TaskId", FinanceEdmType.String, Source.Id())],
        [
            FieldMap.To("ProjectId", FinanceEdmType.String, ProjectNumber("msdyn_project")),
            FieldMap.To("WbsId", FinanceEdmType.String, Source.Column("msdyn_wbsid")),
            FieldMap.To("TaskName", FinanceEdmType.String, Source.Column("msdyn_subject")),
            FieldMap.To("ParentTaskId", FinanceEdmType.String, Source.LookupId("msdyn_parenttask")),
            FieldMap.To("StartDate", FinanceEdmType.DateTimeOffset, Source.Date("msdyn_scheduledstart")),
            FieldMap.To("EndDate", FinanceEdmType.DateTimeOffset, Source.Date("msdyn_scheduledend")),
            FieldMap.To("Effort", FinanceEdmType.Double, Source.Column("msdyn_effort")),
        ],
        parents: [new ParentDependency("msdyn_project", ProjectMap.Name)],
        syncsDeletes: true);
}
