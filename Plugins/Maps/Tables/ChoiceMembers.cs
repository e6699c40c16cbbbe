using System.Collections.Generic;
using System.Linq;
using DualWrite.Plugins.Schema;

namespace DualWrite.Plugins.Maps.Tables;

/// <summary>
/// Dual-write's ValueMaps: which Finance enum member each Dataverse choice becomes. The choice is named by its label
/// and its value read from the recorded schema (<see cref="RecordedChoices"/>), so no value is typed here.
/// </summary>
internal static class ChoiceMembers
{
    public static IReadOnlyDictionary<int, string> Of(string table, string column, params (string Label, string Member)[] pairs) =>
        pairs.ToDictionary(p => RecordedChoices.Value(table, column, p.Label), p => p.Member);

    /// <summary>
    /// msdyn_transactiontypecode to ProjCDSTransType. Finance has no member for unbilled sales; Sales is the one sales
    /// member besides billed and inter-organizational sales (unconfirmed: Schema/Finance records why).
    /// </summary>
    public static IReadOnlyDictionary<int, string> TransactionTypes(string table) => Of(
        table,
        "msdyn_transactiontypecode",
        ("Cost", "Cost"),
        ("Unbilled Sales", "Sales"),
        ("Billed Sales", "BilledSales"),
        ("Resourcing Unit Cost", "ResourcingUnitCost"),
        ("Inter-Organizational Sales", "InterOrgSales"));

    /// <summary>msdyn_billingtype to ProjBillingType.</summary>
    public static IReadOnlyDictionary<int, string> BillingTypes(string table) => Of(
        table,
        "msdyn_billingtype",
        ("Non Chargeable", "NonChargeable"),
        ("Chargeable", "Chargeable"),
        ("Complimentary", "Complimentary"),
        ("Not Available", "NotAvailable"));

    /// <summary>A statecode as Finance's FalseTrue "disabled" flag: an inactive row is disabled.</summary>
    public static IReadOnlyDictionary<int, string> Disabled(string table) => Of(table, "statecode", ("Active", "False"), ("Inactive", "True"));
}
