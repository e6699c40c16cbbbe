using System;
using System.Collections.Generic;
using System.Linq;

namespace DualWrite.Testing.Services;

/// <summary>Every line traced in the organization, in order (the in-memory plug-in trace log).</summary>
public sealed class TraceLog
{
    private readonly List<TraceLine> _lines = [];
    private readonly object _lock = new();

    public IReadOnlyList<TraceLine> Lines
    {
        get
        {
            lock (_lock)
            {
                return _lines.ToArray();
            }
        }
    }

    /// <summary>The text of the lines whose source names the given plug-in or activity type.</summary>
    public IReadOnlyList<string> Of(Type component) =>
        Lines.Where(l => l.Source.StartsWith(component.FullName!, StringComparison.Ordinal)).Select(l => l.Text).ToArray();

    public void Clear()
    {
        lock (_lock)
        {
            _lines.Clear();
        }
    }

    internal void Add(TraceLine line)
    {
        lock (_lock)
        {
            _lines.Add(line);
        }
    }
}
