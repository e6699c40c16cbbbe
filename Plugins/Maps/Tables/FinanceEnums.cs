using DualWrite.Plugins.Finance;

namespace DualWrite.Plugins.Maps.Tables;

/// <summary>The Finance enums the maps write, with the member names Finance's JSON carries.</summary>
internal static class FinanceEnums
{
    /// <summary>Finance's project stage (ProjStatus).</summary>
    public static readonly FinanceEnumType ProjectStage = new("ProjStatus", [new("Created", 0), new("Estimated", 1), new("Scheduled", 2), new("InProcess", 3), new("Finished", 4)]);

    public static readonly FinanceEnumType BillingMethod = new("ProjCDSBillingMethod", [new("TimeAndMaterial", 0), new("FixedPrice", 1)]);

    /// <summary>The four transaction types a shared category exists for.</summary>
    public static readonly FinanceEnumType TransactionType = new("ProjCDSSharedCategoryTransType", [new("Hour", 0), new("Expense", 1), new("Item", 2), new("Fee", 3)]);

    public static readonly FinanceEnumType TransactionClassification = new("ProjCDSTransactionClassification", [new("Time", 0), new("Expense", 1), new("Material", 2), new("Fee", 3), new("Milestone", 4)]);

    public static readonly FinanceEnumType ActualType = new("ProjCDSActualType", [new("Cost", 0), new("UnbilledSales", 1), new("BilledSales", 2)]);

    public static readonly FinanceEnumType BillingType = new("ProjCDSBillingType", [new("NonChargeable", 0), new("Chargeable", 1), new("Complimentary", 2), new("NotAvailable", 3)]);

    public static readonly FinanceEnumType TransactionRole = new("ProjCDSTransactionRole", [new("Original", 0), new("Reversal", 1), new("Replacement", 2)]);
}
