namespace DualWrite.WorkflowActivities.Arguments;

/// <summary>
/// Table logical names as Dataverse compares them: without regard to case (a logical name is always lower case, and
/// the platform accepts "SalesOrder" for "salesorder"). The activities turn every table name they are given into its
/// lower-case form once, so every comparison, query and stored value that follows agrees.
/// </summary>
internal static class TableName
{
    public static string Canonical(string table) => table.Trim().ToLowerInvariant();
}
