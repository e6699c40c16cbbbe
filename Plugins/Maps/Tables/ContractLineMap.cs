using System.Collections.Generic;
using DualWrite.Plugins.Finance;
using DualWrite.Plugins.Maps.Values;
using static DualWrite.Plugins.Maps.Tables.NaturalKeys;

namespace DualWrite.Plugins.Maps.Tables;

/// <summary>Project contract lines (salesorderdetails) become billing rules: time and material, or milestone for fixed price.</summary>
internal static class ContractLineMap
{
    public const string Name = "salesorderdetails";

    public static TableMap Map { get; } = new(
        Name,
        "salesorderdetail",
        "ProjectContractLines",
        "ProjectContractLine",
        OwnedBy(ContractCompany("salesorderid")),
        [FieldMap.Key("TransactionId", FinanceEdmType.String, Source.Id())],
        [
            FieldMap.To("ContractId", FinanceEdmType.String, ContractNumber("salesorderid")),
            FieldMap.To("ContractLine", FinanceEdmType.String, Source.Column("productdescription")),
            FieldMap.To("Type", FinanceEnums.BillingMethod, Source.Option("msdyn_billingmethod", new Dictionary<int, string>
            {
                [Choices.BillingTimeAndMaterial] = "TimeAndMaterial",
                [Choices.BillingFixedPrice] = "FixedPrice",
            })),
            FieldMap.To("ProjectId", FinanceEdmType.String, ProjectNumber("msdyn_project")),
        ],
        parents: [new ParentDependency("salesorderid", ProjectContractMap.Name)],
        syncsDeletes: true);
}
