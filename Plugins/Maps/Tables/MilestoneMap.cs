using DualWrite.Plugins.Finance;
using DualWrite.Plugins.Maps.Values;
using static DualWrite.Plugins.Maps.Tables.NaturalKeys;

namespace DualWrite.Plugins.Maps.Tables;

/// <summary>
/// Contract line milestones (msdyn_contractlinescheduleofvalues) become on-account transactions of the billing rule,
/// dated by the time-zone-independent milestone date (map 1.0.0.7).
/// </summary>
internal static class MilestoneMap
{
    public const string Name = "msdyn_contractlinescheduleofvalues";

    public static TableMap Map { get; } = new(
        Name,
        "msdyn_contractlinescheduleofvalue",
        "CDSProjectContractLineMilestones",
        "CDSProjectContractLineMilestone",
        OwnedBy(ContractCompany("msdyn_contract")),
        [FieldMap.Key("TransactionId", FinanceEdmType.Guid, Source.Id())],
        [
            FieldMap.Required("ContractLineRef", FinanceEdmType.Guid, Source.LookupId("msdyn_contractlineid")),
            FieldMap.Required("InvoiceDate", FinanceEdmType.DateTimeOffset, Source.Date("msdyn_milestonedate")),
            FieldMap.To("Description", FinanceEdmType.String, Source.Column("msdyn_name")),
            FieldMap.To("CurrencyId", FinanceEdmType.String, CurrencyCode("transactioncurrencyid")),
            FieldMap.Required("Amount", FinanceEdmType.Decimal, Source.Default(Source.Money("msdyn_amount"), 0m)),
        ],
        parents: [new ParentDependency("msdyn_contractlineid", ContractLineMap.Name)],
        syncsDeletes: true,
        financeEntity: "ProjCDSContractLineMilestoneImportEntity");
}
