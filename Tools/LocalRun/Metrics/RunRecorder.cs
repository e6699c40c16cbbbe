using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.ServiceModel;
using Microsoft.Xrm.Sdk;

namespace DualWrite.LocalRun.Metrics;

/// <summary>
/// Times the run's executions one after the other. A fault the platform returns (a save Finance refused, an
/// activity that threw) is a failed execution, returned to the caller to decide what a user would do next; any
/// other exception is a bug of the run and goes up.
/// </summary>
public sealed class RunRecorder
{
    private readonly List<Timing> _timings = [];

    public IReadOnlyList<Timing> Timings => _timings;

    /// <summary>Runs and times the action; returns the platform fault it ended with, or null when it succeeded.</summary>
    public Exception? Time(string table, RunPhase phase, Guid recordId, Action action)
    {
        DateTimeOffset started = DateTimeOffset.UtcNow;
        long start = Stopwatch.GetTimestamp();
        Exception? failure = null;
        try
        {
            action();
        }
        catch (Exception e) when (e is FaultException<OrganizationServiceFault> or InvalidPluginExecutionException)
        {
            failure = e;
        }

        _timings.Add(new Timing(table, phase, recordId, started, Stopwatch.GetElapsedTime(start), failure is null));
        return failure;
    }

    /// <summary>Runs and times work that reports its own outcome (true when it succeeded).</summary>
    public bool Measure(string table, RunPhase phase, Guid recordId, Func<bool> work)
    {
        DateTimeOffset started = DateTimeOffset.UtcNow;
        long start = Stopwatch.GetTimestamp();
        bool succeeded = work();
        _timings.Add(new Timing(table, phase, recordId, started, Stopwatch.GetElapsedTime(start), succeeded));
        return succeeded;
    }
}
