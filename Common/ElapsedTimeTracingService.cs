using System.Diagnostics;
using System.Globalization;
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

    public ElapsedTimeTracingService(ITracingService platform)
    {
        _platform = platform;
    }

    public double ElapsedMilliseconds => _clock.Elapsed.TotalMilliseconds;

    public void Trace(string format, params object[] args)
    {
        string text = args is { Length: > 0 } ? string.Format(CultureInfo.InvariantCulture, format, args) : format;
        // Passed as an argument, never as the format, so braces in the text cannot break the platform's formatting.
        _platform.Trace("{0}", string.Format(CultureInfo.InvariantCulture, "[{0,8:0.0} ms] {1}", ElapsedMilliseconds, text));
    }
}
