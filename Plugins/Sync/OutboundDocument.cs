using System.Collections.Generic;

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
}
