using System;
using System.Collections.Generic;
using System.Linq;

namespace DualWrite.Common.Sync;

/// <summary>
/// The Dataverse tables some outbound map sends to Finance. The workflow activities need to know them (to refuse a
/// replay or an initial sync of a table nothing sends) but cannot load the plug-in assembly's maps, so the list lives
/// here, in the code both assemblies compile; a test holds it equal to the maps' source tables.
/// </summary>
internal static class SyncedTables
{
    public static IReadOnlyList<string> All { get; } =
    [
        "bookableresourcecategory",
        "invoice",
        "msdyn_actual",
        "msdyn_contractlinescheduleofvalue",
        "msdyn_estimateline",
        "msdyn_project",
        "msdyn_projectcontractsplitbillingrule",
        "msdyn_projecttask",
        "msdyn_resourceassignment",
        "msdyn_transactioncategory",
        "msdyn_transactionconnection",
        "salesorder",
        "salesorderdetail",
    ];

    /// <summary>Whether a map sends the table, its name compared as Dataverse compares logical names (case aside).</summary>
    public static bool Contains(string table) => All.Contains(table, StringComparer.OrdinalIgnoreCase);

    /// <summary>The reason a table cannot be synced, for an error message.</summary>
    public static string NotSynced(string table) =>
        $"table '{table}' is not one a DualWrite map sends to Finance (they send {string.Join(", ", All)})";
}
