using System.Diagnostics;
using System.Globalization;
using System.Text;
using Microsoft.Xrm.Sdk;

namespace DualWrite.Common;

/// <summary>
/// Writes every trace line of one execution with the time elapsed since it started, so the plug-in trace log
/// shows where the time of a slow save went. One instance per execution: it is never shared.
/// </summary>
internal sealed class ElapsedTimeTracingService : ITracingService
{
    private readonly ITracingService _platform;
    private readonly Stopwatch _clock = Stopwatch.StartNew();

    // Reused line after line (the instance is this execution's alone), so a line costs one string, not three.
    private readonly StringBuilder _line = new(256);

    public ElapsedTimeTracingService(ITracingService platform)
    {
        _platform = platform;
    }

    public double ElapsedMilliseconds => _clock.Elapsed.TotalMilliseconds;

    public void Trace(string format, params object[] args)
    {
        _line.Clear().AppendFormat(CultureInfo.InvariantCulture, "[{0,8:0.0} ms] ", ElapsedMilliseconds);
        if (args is { Length: > 0 })
        {
            _line.AppendFormat(CultureInfo.InvariantCulture, format, args);
        }
        else
        {
            _line.Append(format);
        }

        // Passed as an argument, never as the format, so braces in the text cannot break the platform's formatting.
        _platform.Trace("{0}", _line.ToString());
    }
}
