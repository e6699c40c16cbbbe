using System.Collections.Generic;
using DualWrite.Plugins.Finance;
using DualWrite.Plugins.Maps.Values;
using static DualWrite.Plugins.Maps.Tables.NaturalKeys;

namespace DualWrite.Plugins.Maps.Tables;

/// <summary>Contract line milestones (msdyn_contractlinescheduleofvalues) become on-account transactions of the billing rule.</summary>
internal static class MilestoneMap
{
    public const string Name = "msdyn_contractlinescheduleofvalues";

    public static TableMap Map { get; } = new(
        Name,
        "msdyn_contractlinescheduleofvalue",
        "ProjectContractLineMilestones",
        "ProjectContractLineMilestone",
        OwnedBy(Source.Related("msdyn_contractline", "salesorderdetail", ContractCompany("salesorderid"))),
        [FieldMap.Key("TransactionId", FinanceEdmType.String, Source.Id())],
        [
            FieldMap.To("ContractLineRef", FinanceEdmType.String, Source.LookupId("msdyn_contractline")),
            FieldMap.To("InvoiceDate", FinanceEdmType.DateTimeOffset, Source.Date("msdyn_invoicedate")),
            FieldMap.To("Description", FinanceEdmType.String, Source.Column("msdyn_name")),
            FieldMap.To("CurrencyId", FinanceEdmType.String, CurrencyCode("transactioncurrencyid")),
            FieldMap.To("Amount", FinanceEdmType.Decimal, Source.Money("msdyn_amount")),
        ],
        parents: [new ParentDependency("msdyn_contractline", ContractLineMap.Name)],
        syncsDeletes: true);
}
