using System.Globalization;

namespace DualWrite.WorkflowActivities.Imports;

/// <summary>
/// The most records one Finance document may write: dual-write's limit for one transaction from Finance to Dataverse,
/// 1,000 records (learn.microsoft.com/dynamics365/fin-ops-core/dev-itpro/data-entities/dual-write/sync-limits). A larger
/// document is refused whole; Finance splits it into documents of at most that many records.
/// </summary>
internal static class DocumentSize
{
    public const int MaximumRecords = 1000;

    public static void Check(int records, ImportProblems problems)
    {
        if (records > MaximumRecords)
        {
            problems.Add(string.Format(
                CultureInfo.InvariantCulture,
                "$ would write {0:N0} records, more than the {1:N0} that dual-write allows in one transaction from Finance to Dataverse: split it into documents of at most {1:N0} records (categories, expenses, invoices and their lines together).",
                records,
                MaximumRecords));
        }
    }
}
