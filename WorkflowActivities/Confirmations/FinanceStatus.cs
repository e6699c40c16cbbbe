namespace DualWrite.WorkflowActivities.Confirmations;

/// <summary>What Finance says about a record it received.</summary>
internal enum FinanceStatus
{
    /// <summary>Finance took the record in (a staging row, a proposal header); nothing posted yet.</summary>
    Accepted,

    /// <summary>Finance posted it (a journal, an invoice proposal) and sends the accounting detail back.</summary>
    Posted,

    /// <summary>Finance refused it, with its reason.</summary>
    Rejected,
}
