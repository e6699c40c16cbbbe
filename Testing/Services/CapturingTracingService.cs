using System.Collections.Generic;
using System.Globalization;
using Microsoft.Xrm.Sdk;

namespace DualWrite.Testing.Services;

/// <summary>
/// The ITracingService of one execution: formats as the platform does (string.Format when there are arguments,
/// the text as is otherwise), keeps its own lines and adds them to the organization's trace log.
/// </summary>
public sealed class CapturingTracingService : ITracingService
{
    private readonly List<string> _lines = [];
    private readonly TraceLog? _log;
    private readonly string _source;

    public CapturingTracingService()
        : this(null, "")
    {
    }

    internal CapturingTracingService(TraceLog? log, string source)
    {
        _log = log;
        _source = source;
    }

    public IReadOnlyList<string> Lines
    {
        get
        {
            lock (_lines)
            {
                return _lines.ToArray();
            }
        }
    }

    public void Trace(string format, params object[] args)
    {
        string text = args is { Length: > 0 } ? string.Format(CultureInfo.InvariantCulture, format, args) : format;
        lock (_lines)
        {
            _lines.Add(text);
        }

        _log?.Add(new TraceLine(_source, text));
    }
}
