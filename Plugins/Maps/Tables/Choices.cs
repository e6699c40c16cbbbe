namespace DualWrite.Plugins.Maps.Tables;

/// <summary>
/// The Project Operations choice values the maps read. Microsoft's table reference lists them per table; the values
/// here are this project's reading of it (Project Operations uses the 192350000 range).
/// </summary>
public static class Choices
{
    public const int StateActive = 0;
    public const int StateInactive = 1;

    public const int BillingTimeAndMaterial = 192350000;
    public const int BillingFixedPrice = 192350001;

    public const int ClassTime = 192350000;
    public const int ClassExpense = 192350001;
    public const int ClassMaterial = 192350002;
    public const int ClassFee = 192350003;
    public const int ClassMilestone = 192350004;

    public const int TypeCost = 192350000;
    public const int TypeUnbilledSales = 192350004;
    public const int TypeBilledSales = 192350005;

    public const int BillingNonChargeable = 192350000;
    public const int BillingChargeable = 192350001;
    public const int BillingComplimentary = 192350002;
    public const int BillingNotAvailable = 192350003;

    public const int RoleOriginal = 192350000;
    public const int RoleReversal = 192350001;
    public const int RoleReplacement = 192350002;

    public const int ExpenseDraft = 192350000;
    public const int ExpenseSubmitted = 192350001;
    public const int ExpenseApproved = 192350002;

    /// <summary>A proforma invoice's statuscode once confirmed (Draft is 1).</summary>
    public const int InvoiceDraft = 1;
    public const int InvoiceConfirmed = 192350001;
}
