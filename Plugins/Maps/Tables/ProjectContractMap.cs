using DualWrite.Plugins.Finance;
using DualWrite.Plugins.Maps.Values;
using static DualWrite.Plugins.Maps.Tables.NaturalKeys;

namespace DualWrite.Plugins.Maps.Tables;

/// <summary>
/// Project contract headers (salesorders): created and deleted only in Dataverse; Finance adds accounting attributes.
/// The contract's company is read from msdyn_company, which no public source shows on salesorder (Schema/ marks it
/// unconfirmed; the fit check settles it).
/// </summary>
internal static class ProjectContractMap
{
    public const string Name = "salesorders";

    public static TableMap Map { get; } = new(
        Name,
        "salesorder",
        "CDSProjectContracts",
        "CDSProjectContract",
        OwnedBy(CompanyCode("msdyn_company")),
        [FieldMap.Key("ProjectContractID", FinanceEdmType.String, Source.Column("ordernumber"))],
        [
            FieldMap.To("Name", FinanceEdmType.String, Source.Column("name")),
            FieldMap.To("CustomerAccount", FinanceEdmType.String, CustomerAccount("customerid")),
            FieldMap.To("CurrencyCode", FinanceEdmType.String, CurrencyCode("transactioncurrencyid")),
        ],
        syncsDeletes: true,
        financeEntity: "ProjCDSProjectContractEntity");
}
