using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Globalization;
using Microsoft.Xrm.Sdk;

namespace DualWrite.Tests.FinanceEmulator;

/// <summary>The trace lines the Finance client writes, formatted as the platform would.</summary>
internal sealed class CapturedTraces : ITracingService
{
    private readonly ConcurrentQueue<string> _lines = new();

    public IReadOnlyCollection<string> Lines => _lines.ToArray();

    public void Trace(string format, params object[] args) =>
        _lines.Enqueue(args.Length > 0 ? string.Format(CultureInfo.InvariantCulture, format, args) : format);
}
