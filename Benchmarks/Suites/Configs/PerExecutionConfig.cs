using BenchmarkDotNet.Jobs;

namespace DualWrite.Benchmarks.Suites.Configs;

/// <summary>
/// Microseconds per call: a fixed 4,096 calls per iteration (each iteration ends by clearing the trace log the
/// calls fill), 3 warm-ups and 10 measured iterations.
/// </summary>
public sealed class PerExecutionConfig : InProcessConfig
{
    public PerExecutionConfig()
        : base(Job.Default.WithId("PerExecution").WithWarmupCount(3).WithIterationCount(10).WithInvocationCount(4096).WithUnrollFactor(16))
    {
    }
}
