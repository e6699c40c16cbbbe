using System;
using System.Collections.Generic;
using System.Linq;

namespace DualWrite.Plugins.Finance;

/// <summary>Writes Finance applies all together or not at all (one $batch change set).</summary>
public sealed class FinanceChangeSet
{
    public FinanceChangeSet(IEnumerable<FinanceBatchOperation> operations)
    {
        Operations = operations.ToArray();
        if (Operations.Count == 0)
        {
            throw new ArgumentException("A change set needs at least one operation.", nameof(operations));
        }
    }

    public IReadOnlyList<FinanceBatchOperation> Operations { get; }

    public override string ToString() => $"change set of {Operations.Count} ({string.Join(", ", Operations)})";
}
