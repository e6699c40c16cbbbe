using DualWrite.Plugins.Maps.Values;

namespace DualWrite.Plugins.Maps.Tables;

/// <summary>How the maps reach related records' natural keys in Finance: numbers, codes and the owning company.</summary>
internal static class NaturalKeys
{
    public static SourceValue CompanyCode(string lookup) => Source.Related(lookup, "cdm_company", Source.Column("cdm_companycode"));

    public static SourceValue ProjectNumber(string lookup) => Source.Related(lookup, "msdyn_project", Source.Column("msdyn_projectnumber"));

    public static SourceValue ProjectCompany(string projectLookup) => Source.Related(projectLookup, "msdyn_project", CompanyCode("msdyn_owningcompany"));

    public static SourceValue ContractNumber(string lookup) => Source.Related(lookup, "salesorder", Source.Column("ordernumber"));

    public static SourceValue ContractCompany(string contractLookup) => Source.Related(contractLookup, "salesorder", CompanyCode("msdyn_company"));

    public static SourceValue CustomerAccount(string lookup) => Source.Related(lookup, "account", Source.Column("accountnumber"));

    public static SourceValue CurrencyCode(string lookup) => Source.Related(lookup, "transactioncurrency", Source.Column("isocurrencycode"));

    public static SourceValue UnitName(string lookup) => Source.Related(lookup, "uom", Source.Column("name"));

    public static SourceValue CategoryName(string lookup) => Source.Related(lookup, "msdyn_transactioncategory", Source.Column("msdyn_name"));

    /// <summary>The empty GUID, what Finance's not-nullable Edm.Guid references hold when a record names none.</summary>
    public const string NoRecord = "00000000-0000-0000-0000-000000000000";

    public static OwningCompanyRule OwnedBy(SourceValue companyCode) => new(companyCode);
}
