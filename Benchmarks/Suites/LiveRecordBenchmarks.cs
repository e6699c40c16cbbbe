using BenchmarkDotNet.Attributes;
using DualWrite.Benchmarks.Setup;
using DualWrite.Benchmarks.Suites.Configs;
using DualWrite.LocalRun.Environment;
using Microsoft.Xrm.Sdk;

namespace DualWrite.Benchmarks.Suites;

/// <summary>
/// One saved change of a project through the in-memory pipeline, sent live to the Finance emulator over loopback
/// HTTPS: ours against the naive plug-in, each in its own organization with its own emulator, and both against the
/// floor: ours' request alone, sent raw to ours' emulator (<see cref="RawRequestFloor"/>).
/// </summary>
[Config(typeof(PerRecordConfig))]
public class LiveRecordBenchmarks
{
    private LocalFinance _oursFinance = null!;
    private LocalFinance _naiveFinance = null!;
    private SyncOrganization _ours = null!;
    private SyncOrganization _naive = null!;
    private EntityReference _oursProject = null!;
    private EntityReference _naiveProject = null!;
    private RawRequestFloor _floor = null!;
    private int _change;

    [GlobalSetup]
    public void Setup()
    {
        _oursFinance = LocalFinance.Start();
        _naiveFinance = LocalFinance.Start();
        _ours = SyncOrganization.Create(_oursFinance, Contender.Ours);
        _naive = SyncOrganization.Create(_naiveFinance, Contender.Naive);
        _oursProject = _ours.CreateProject("PRJ-0001");
        _naiveProject = _naive.CreateProject("PRJ-0001");
        _ours.UpdateProject(_oursProject, "Change for the floor");
        _floor = RawRequestFloor.RepeatingLastRequest(_oursFinance);
        _floor.Send();
    }

    [Benchmark(Description = "Floor: one raw HTTPS PATCH per change (new connection)")]
    public void Floor() => _floor.Send();

    [Benchmark(Baseline = true, Description = "Naive: one project change, live")]
    public void Naive() => _naive.UpdateProject(_naiveProject, "Change " + _change++);

    [Benchmark(Description = "Ours: one project change, live")]
    public void Ours() => _ours.UpdateProject(_oursProject, "Change " + _change++);

    [IterationCleanup]
    public void ForgetTraces()
    {
        _ours.Dataverse.Traces.Clear();
        _naive.Dataverse.Traces.Clear();
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _oursFinance.Dispose();
        _naiveFinance.Dispose();
    }
}
