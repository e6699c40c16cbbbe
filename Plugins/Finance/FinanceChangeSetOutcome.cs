using System.Collections.Generic;

namespace DualWrite.Plugins.Finance;

/// <summary>
/// How one change set of a $batch went: applied, with every operation's answer, or refused as a whole (nothing of it
/// written) with Finance's reason. Change sets of one batch succeed or fail on their own.
/// </summary>
public sealed class FinanceChangeSetOutcome
{
    private FinanceChangeSetOutcome(FinanceChangeSet changeSet, IReadOnlyList<FinanceBatchOperationResult>? results, FinanceException? refusal)
    {
        ChangeSet = changeSet;
        Results = results;
        Refusal = refusal;
    }

    public FinanceChangeSet ChangeSet { get; }

    /// <summary>Each operation's answer, in order; null when the change set was refused.</summary>
    public IReadOnlyList<FinanceBatchOperationResult>? Results { get; }

    /// <summary>Why Finance wrote none of the change set (its message names the operation at fault); null when applied.</summary>
    public FinanceException? Refusal { get; }

    public bool IsApplied => Refusal is null;

    public static FinanceChangeSetOutcome Applied(FinanceChangeSet changeSet, IReadOnlyList<FinanceBatchOperationResult> results) => new(changeSet, results, null);

    public static FinanceChangeSetOutcome Refused(FinanceChangeSet changeSet, FinanceException refusal) => new(changeSet, null, refusal);
}
