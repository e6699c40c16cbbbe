using System.Collections.Generic;
using System.Linq;
using DualWrite.Plugins.Finance;

namespace DualWrite.Plugins.Sync;

/// <summary>What one record sends for one company: its row, and the lines that go with it in one change set.</summary>
internal sealed class OutboundDocument
{
    public OutboundDocument(FinanceRow header, IReadOnlyList<FinanceRow> lines)
    {
        Header = header;
        Lines = lines;
    }

    public FinanceRow Header { get; }

    public IReadOnlyList<FinanceRow> Lines { get; }

    public string Hash => PayloadHash.Of(this);

    /// <summary>
    /// The header and its lines as one change set. Finance has no upsert inside a change set, so whether it holds the
    /// header already decides: created (key fields in the body), or updated by key.
    /// </summary>
    public FinanceChangeSet ToChangeSet(bool headerExists) =>
        new(new[] { Header }.Concat(Lines).Select(r => headerExists
            ? FinanceBatchOperation.Update(r.EntitySet, r.Key, r.Fields)
            : FinanceBatchOperation.Create(r.EntitySet, r.FullRow)));
}
