using BenchmarkDotNet.Jobs;

namespace DualWrite.Benchmarks.Suites.Configs;

/// <summary>Milliseconds per call over loopback HTTPS: 32 calls per iteration, 2 warm-ups and 6 measured iterations.</summary>
public sealed class PerRecordConfig : InProcessConfig
{
    public PerRecordConfig()
        : base(Job.Default.WithId("PerRecord").WithWarmupCount(2).WithIterationCount(6).WithInvocationCount(32).WithUnrollFactor(1))
    {
    }
}
