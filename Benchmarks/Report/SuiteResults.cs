using System;
using System.Linq;
using BenchmarkDotNet.Reports;

namespace DualWrite.Benchmarks.Report;

/// <summary>One suite's summary, read the way the report needs it: a benchmark's mean time and allocations by method (and parameter).</summary>
public sealed class SuiteResults
{
    private readonly Summary _summary;

    public SuiteResults(Summary summary)
    {
        _summary = summary ?? throw new ArgumentNullException(nameof(summary));
    }

    public Summary Summary => _summary;

    /// <summary>Mean time per call in nanoseconds.</summary>
    public double MeanNanoseconds(string method, object? parameter = null) =>
        Find(method, parameter).ResultStatistics?.Mean ?? throw new InvalidOperationException($"{method} of {_summary.Title} has no result; see the BenchmarkDotNet log.");

    /// <summary>Bytes allocated per call (every thread of the process).</summary>
    public long AllocatedBytes(string method, object? parameter = null)
    {
        BenchmarkReport report = Find(method, parameter);
        return report.GcStats.GetBytesAllocatedPerOperation(report.BenchmarkCase) ?? 0;
    }

    /// <summary>The benchmark's description, without the quotes BenchmarkDotNet puts around one with spaces.</summary>
    public string Description(string method) => Find(method, null).BenchmarkCase.Descriptor.WorkloadMethodDisplayInfo.Trim('\'');

    private BenchmarkReport Find(string method, object? parameter) =>
        _summary.Reports.FirstOrDefault(r => r.BenchmarkCase.Descriptor.WorkloadMethod.Name == method
            && (parameter is null || r.BenchmarkCase.Parameters.Items.Any(p => Equals(p.Value, parameter))))
        ?? throw new InvalidOperationException($"{_summary.Title} has no run of {method}{(parameter is null ? "" : " with " + parameter)}.");
}
