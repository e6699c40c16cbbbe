using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Globalization;
using Microsoft.Xrm.Sdk;

namespace DualWrite.Tests.Support.Doubles;

/// <summary>Keeps every trace line, formatted as the platform formats them.</summary>
internal sealed class RecordingTracingService : ITracingService
{
    private readonly ConcurrentQueue<string> _lines = new();

    public IReadOnlyCollection<string> Lines => _lines;

    public void Trace(string format, params object[] args) =>
        _lines.Enqueue(args.Length > 0 ? string.Format(CultureInfo.InvariantCulture, format, args) : format);
}
