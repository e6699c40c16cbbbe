using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;

namespace DualWrite.Benchmarks.Suites.Configs;

/// <summary>
/// Every suite runs in this process (BenchmarkDotNet's in-process emit toolchain: no generated project to build,
/// which is slow on two cores and does not know our SDK stand-ins), with allocations measured, on a short job (one
/// iteration when the report runs --quick).
/// </summary>
public abstract class InProcessConfig : ManualConfig
{
    protected InProcessConfig(Job job)
    {
        Job run = Report.ReportRun.Quick ? job.WithWarmupCount(0).WithIterationCount(1) : job;
        AddJob(run.WithToolchain(InProcessEmitToolchain.Instance));
        AddDiagnoser(MemoryDiagnoser.Default);
    }
}
