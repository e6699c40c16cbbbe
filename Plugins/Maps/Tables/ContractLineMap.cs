using DualWrite.Plugins.Finance;
using DualWrite.Plugins.Maps.Values;
using static DualWrite.Plugins.Maps.Tables.NaturalKeys;

namespace DualWrite.Plugins.Maps.Tables;

/// <summary>
/// Project contract lines (salesorderdetails) become billing rules, keyed by the contract and the line number: time
/// and material, or a lump sum (milestone) rule for fixed price.
/// </summary>
internal static class ContractLineMap
{
    public const string Name = "salesorderdetails";

    private const string Table = "salesorderdetail";

    public static TableMap Map { get; } = new(
        Name,
        Table,
        "CDSProjectContractLines",
        "CDSProjectContractLine",
        OwnedBy(ContractCompany("salesorderid")),
        [
            FieldMap.Key("ContractId", FinanceEdmType.String, ContractNumber("salesorderid")),
            FieldMap.Key("ContractLine", FinanceEdmType.Int32, Source.Column("lineitemnumber")),
        ],
        [
            FieldMap.Required("TransactionId", FinanceEdmType.Guid, Source.Id()),
            FieldMap.To("Description", FinanceEdmType.String, Source.Column("productdescription")),
            FieldMap.To("Type", FinanceEnums.ContractLineType, Source.Option("msdyn_billingmethod", ChoiceMembers.Of(Table, "msdyn_billingmethod", ("Time and Material", "TAndM"), ("Fixed Price", "LumpSum")))),
            FieldMap.To("ProjectId", FinanceEdmType.String, ProjectNumber("msdyn_project")),
        ],
        parents: [new ParentDependency("salesorderid", ProjectContractMap.Name)],
        syncsDeletes: true,
        financeEntity: "ProjCDSContractLineImportEntity");
}
