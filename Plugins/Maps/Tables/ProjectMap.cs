using DualWrite.Plugins.Finance;
using DualWrite.Plugins.Maps.Values;
using static DualWrite.Plugins.Maps.Tables.NaturalKeys;

namespace DualWrite.Plugins.Maps.Tables;

/// <summary>
/// Projects V2 (msdyn_projects) into the project integration entity, with status: an active project is in process, an
/// inactive or closed one completed (the map's ValueMap InProcess=0, completed=1).
/// </summary>
internal static class ProjectMap
{
    public const string Name = "msdyn_projects";

    public static TableMap Map { get; } = new(
        Name,
        "msdyn_project",
        "ProjCDSProjects",
        "ProjCDSProject",
        OwnedBy(CompanyCode("msdyn_owningcompany")),
        [FieldMap.Key("ProjectID", FinanceEdmType.String, Source.Column("msdyn_projectnumber"))],
        [
            FieldMap.To("ProjectName", FinanceEdmType.String, Source.Column("msdyn_subject")),
            FieldMap.To("Description", FinanceEdmType.String, Source.Column("msdyn_description")),
            FieldMap.To("CustomerAccount", FinanceEdmType.String, CustomerAccount("msdyn_customer")),
            FieldMap.To("ProjectContractID", FinanceEdmType.String, ContractNumber("msdyn_salesorderid")),
            FieldMap.To("StartDate", FinanceEdmType.DateTimeOffset, Source.Date("msdyn_scheduledstart")),
            FieldMap.To("EndDate", FinanceEdmType.DateTimeOffset, Source.Date("msdyn_finish")),
            FieldMap.To("ProjectStage", FinanceEnums.ProjectStage, Source.Option("statecode", ChoiceMembers.Of("msdyn_project", "statecode", ("Active", "InProcess"), ("Inactive", "Completed")))),
        ],
        parents: [new ParentDependency("msdyn_salesorderid", ProjectContractMap.Name)],
        syncsDeletes: true,
        financeEntity: "ProjCDSProjectEntity");
}
