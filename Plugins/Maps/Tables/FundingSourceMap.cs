using System.Collections.Generic;
using DualWrite.Plugins.Finance;
using DualWrite.Plugins.Maps.Values;
using static DualWrite.Plugins.Maps.Tables.NaturalKeys;

namespace DualWrite.Plugins.Maps.Tables;

/// <summary>Project funding sources (msdyn_projectcontractssplitbillingrules): the split percentage stays in Dataverse.</summary>
internal static class FundingSourceMap
{
    public const string Name = "msdyn_projectcontractssplitbillingrules";

    public static TableMap Map { get; } = new(
        Name,
        "msdyn_projectcontractssplitbillingrule",
        "ProjectFundingSources",
        "ProjectFundingSource",
        OwnedBy(ContractCompany("msdyn_contract")),
        [FieldMap.Key("FundingSourceId", FinanceEdmType.String, Source.Id())],
        [
            FieldMap.To("ContractId", FinanceEdmType.String, ContractNumber("msdyn_contract")),
            FieldMap.To("CustomerAccount", FinanceEdmType.String, CustomerAccount("msdyn_customer")),
            FieldMap.To("Name", FinanceEdmType.String, Source.Column("msdyn_name")),
        ],
        parents: [new ParentDependency("msdyn_contract", ProjectContractMap.Name)],
        syncsDeletes: true);
}
