using DualWrite.Plugins.Finance;

namespace DualWrite.Plugins.Maps.Tables;

/// <summary>
/// The Finance enums the maps write, as Schema/Finance records them (names from GEN-FO; where the values are not
/// public the CSDL leaves them implicit, in declaration order). The map check compares these with the schema.
/// </summary>
internal static class FinanceEnums
{
    /// <summary>The project stage (ProjStatus); dual-write's Projects V2 map sends InProcess and Completed.</summary>
    public static readonly FinanceEnumType ProjectStage = new("ProjStatus", [new("Created", 0), new("Estimated", 1), new("Scheduled", 2), new("InProcess", 3), new("Completed", 4)]);

    public static readonly FinanceEnumType TransactionType = new("ProjCDSTransType", [new("Cost", 0), new("Sales", 1), new("Tax", 2), new("BilledSales", 3), new("InterOrgSales", 4), new("ResourcingUnitCost", 5)]);

    public static readonly FinanceEnumType BillingType = new("ProjBillingType", [new("NotSpecified", 0), new("Chargeable", 1), new("NonChargeable", 2), new("Complimentary", 3), new("NotAvailable", 4)]);

    /// <summary>A contract line's billing rule type: time and material, or lump sum for fixed price (which member dual-write uses is unconfirmed).</summary>
    public static readonly FinanceEnumType ContractLineType = new("PSAContractLineType", [new("LumpSum", 0), new("Progress", 1), new("TAndM", 2), new("Fee", 3), new("UOD", 4)]);

    public static readonly FinanceEnumType FundingType = new("ProjFundingType", [new("Customer", 0), new("Organization", 1), new("Grant", 2), new("OnHoldFundingSource", 3)]);

    public static readonly FinanceEnumType FalseTrue = new("FalseTrue", [new("False", 0), new("True", 1)]);
}
