using DualWrite.Plugins.Finance;
using DualWrite.Plugins.Maps.Values;
using static DualWrite.Plugins.Maps.Tables.NaturalKeys;

namespace DualWrite.Plugins.Maps.Tables;

/// <summary>
/// Project funding sources (msdyn_projectcontractsplitbillingrules) into Finance's funding sources, keyed by the contract
/// and the funding source's name; the split percentage stays in Dataverse. ProjFundingSourceEntity is the only
/// funding-source entity a public source shows (that dual-write's map targets it is unconfirmed).
/// </summary>
internal static class FundingSourceMap
{
    public const string Name = "msdyn_projectcontractsplitbillingrules";

    public static TableMap Map { get; } = new(
        Name,
        "msdyn_projectcontractsplitbillingrule",
        "ProjectFundingSources",
        "ProjectFundingSource",
        OwnedBy(ContractCompany("msdyn_contract")),
        [
            FieldMap.Key("ProjectContractID", FinanceEdmType.String, ContractNumber("msdyn_contract")),
            FieldMap.Key("FundingSourceId", FinanceEdmType.String, Source.Column("msdyn_name")),
        ],
        [
            FieldMap.To("CustomerOrOrganization", FinanceEdmType.String, CustomerAccount("msdyn_customer")),
            FieldMap.To("FundingType", FinanceEnums.FundingType, Source.Constant("Customer")),
        ],
        parents: [new ParentDependency("msdyn_contract", ProjectContractMap.Name)],
        syncsDeletes: true,
        financeEntity: "ProjFundingSourceEntity");
}
