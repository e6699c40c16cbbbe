using System.Collections.Generic;
using System.Linq;
using DualWrite.Common.Tables;

namespace DualWrite.SolutionPacker.Security;

/// <summary>
/// The solution's two roles. The administrator reads and replays the solution's tables, runs the actions and on-demand
/// workflows and reads the environment variables. Finance's integration user gets only what the two inbound actions it
/// calls read and write, running as that user: the sync states, the actuals confirmations write back to, and the
/// documents an import upserts with the records they point at (Append on what it writes, AppendTo on what is pointed at).
/// Privileges name a table by its schema name: the logical name for the solution's and Project Operations' prefixed
/// tables, the platform's capitalized schema name for standard tables (Account, Invoice, UoM...).
/// </summary>
internal static class SecurityRoles
{
    public const string AdministratorName = "DualWrite administrator";
    public const string FinanceIntegrationName = "DualWrite Finance integration";

    private static readonly string[] ReadOnlyConfiguration = ["EnvironmentVariableDefinition", "EnvironmentVariableValue"];

    public static IReadOnlyList<SecurityRole> All { get; } =
    [
        new(
            AdministratorName,
            "Sees what DualWrite sent to Finance and what failed, replays failed changes and runs the DualWrite actions and workflows.",
            [
                .. Grant(SyncStateTable.LogicalName, "Read", "Write", "Append", "AppendTo"),
                .. Grant(OutboxTable.LogicalName, "Create", "Read", "Write", "Append", "AppendTo"),
                .. ReadOnlyConfiguration.SelectMany(t => Grant(t, "Read")),
                .. Grant("Workflow", "Read"),
                .. Grant("AsyncOperation", "Read"),
            ]),
        new(
            FinanceIntegrationName,
            "For the application user Finance's flows sign in as: runs the Apply Finance confirmation and Import Finance document actions, nothing more.",
            [
                .. Grant(SyncStateTable.LogicalName, "Read", "Write"),
                .. Grant("msdyn_actual", "Read", "Write"),
                .. Grant("Invoice", "Read"),
                .. new[] { "msdyn_expensecategory", "msdyn_expense", "msdyn_projectvendorinvoice", "msdyn_projectvendorinvoiceline" }
                    .SelectMany(t => Grant(t, "Create", "Read", "Write", "Append")),
                .. new[] { "cdm_company", "msdyn_project", "msdyn_projecttask", "msdyn_transactioncategory", "UoM", "TransactionCurrency", "Account", "Product" }
                    .SelectMany(t => Grant(t, "Read", "AppendTo")),
                .. Grant("msdyn_expensecategory", "AppendTo"),
                .. Grant("msdyn_projectvendorinvoice", "AppendTo"),
                .. ReadOnlyConfiguration.SelectMany(t => Grant(t, "Read")),
            ]),
    ];

    private static IEnumerable<RolePrivilege> Grant(string tableSchemaName, params string[] accesses) =>
        accesses.Select(access => new RolePrivilege(access, tableSchemaName));
}
