using DualWrite.Plugins.Finance;
using DualWrite.Plugins.Maps.Values;
using static DualWrite.Plugins.Maps.Tables.NaturalKeys;

namespace DualWrite.Plugins.Maps.Tables;

/// <summary>Project tasks (msdyn_projecttasks) become Finance activities, for reference only: the task's id, its WBS id, its parent and name.</summary>
internal static class ProjectTaskMap
{
    public const string Name = "msdyn_projecttasks";

    public static TableMap Map { get; } = new(
        Name,
        "msdyn_projecttask",
        "ProjCDSTasks",
        "ProjCDSTask",
        OwnedBy(ProjectCompany("msdyn_project")),
        [FieldMap.Key("Task", FinanceEdmType.Guid, Source.Id())],
        [
            FieldMap.Required("ProjectId", FinanceEdmType.String, ProjectNumber("msdyn_project")),
            FieldMap.Required("WorkBreakdownStructureID", FinanceEdmType.String, Source.Column("msdyn_wbsid")),
            FieldMap.To("ParentTask", FinanceEdmType.Guid, Source.LookupId("msdyn_parenttask")),
            FieldMap.To("Name", FinanceEdmType.String, Source.Column("msdyn_subject")),
        ],
        parents: [new ParentDependency("msdyn_project", ProjectMap.Name)],
        syncsDeletes: true,
        financeEntity: "ProjCDSTaskEntity");
}
