using System;
using System.Collections.Generic;
using DualWrite.FinanceEmulator.Logging;

namespace DualWrite.LocalRun.Metrics;

/// <summary>
/// Which execution each Finance request belongs to: the run executes one thing at a time, so a request belongs to
/// the execution whose time window holds the moment the emulator received it.
/// </summary>
public static class RequestAttribution
{
    /// <param name="timings">In the order they ran (so their windows are ordered and do not overlap).</param>
    /// <returns>Each request with its execution, or null for one no execution accounts for.</returns>
    public static IReadOnlyList<(RequestLogEntry Request, Timing? Timing)> Attribute(IReadOnlyList<Timing> timings, IEnumerable<RequestLogEntry> requests)
    {
        var attributed = new List<(RequestLogEntry, Timing?)>();
        foreach (RequestLogEntry request in requests)
        {
            attributed.Add((request, Find(timings, request.StartedAt)));
        }

        return attributed;
    }

    private static Timing? Find(IReadOnlyList<Timing> timings, DateTimeOffset moment)
    {
        // The last execution that started at or before the moment, if it had not ended by then.
        int low = 0;
        int high = timings.Count - 1;
        int found = -1;
        while (low <= high)
        {
            int middle = low + ((high - low) / 2);
            if (timings[middle].StartedAt <= moment)
            {
                found = middle;
                low = middle + 1;
            }
            else
            {
                high = middle - 1;
            }
        }

        return found >= 0 && timings[found].EndedAt >= moment ? timings[found] : null;
    }
}
