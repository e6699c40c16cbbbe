using BenchmarkDotNet.Engines;
using BenchmarkDotNet.Jobs;

namespace DualWrite.Benchmarks.Suites.Configs;

/// <summary>
/// Seconds per call (1,000 records, an initial sync, a large invoice): each iteration one call on data its
/// iteration setup prepared, 1 warm-up and 3 measured iterations, no pilot or overhead runs.
/// </summary>
public sealed class WorkloadConfig : InProcessConfig
{
    public WorkloadConfig()
        : base(Job.Default.WithId("Workload").WithStrategy(RunStrategy.Monitoring).WithWarmupCount(1).WithIterationCount(3).WithInvocationCount(1).WithUnrollFactor(1))
    {
    }
}
