using System;
using System.Collections.Generic;
using System.Linq;

namespace DualWrite.LocalRun.Metrics;

/// <summary>Percentiles of latencies by the nearest-rank method (p50 is the median sample, p95 the one 95 % of samples do not exceed).</summary>
public static class Percentile
{
    public static TimeSpan Of(IEnumerable<TimeSpan> samples, double percent)
    {
        TimeSpan[] sorted = samples.Order().ToArray();
        if (sorted.Length == 0)
        {
            return TimeSpan.Zero;
        }

        int rank = (int)Math.Ceiling(percent / 100 * sorted.Length);
        return sorted[Math.Clamp(rank, 1, sorted.Length) - 1];
    }
}
