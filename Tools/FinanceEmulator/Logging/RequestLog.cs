using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;

namespace DualWrite.FinanceEmulator.Logging;

/// <summary>Every request the emulator saw, in arrival order, for tests to read.</summary>
public sealed class RequestLog
{
    private readonly ConcurrentQueue<RequestLogEntry> _entries = new();

    public IReadOnlyList<RequestLogEntry> Entries => _entries.ToArray();

    public int TokenRequests => _entries.Count(e => e.IsTokenRequest);

    public int DataRequests => _entries.Count(e => e.IsDataRequest);

    public void Clear() => _entries.Clear();

    internal void Add(RequestLogEntry entry) => _entries.Enqueue(entry);
}
