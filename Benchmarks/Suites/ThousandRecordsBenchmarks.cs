using System;
using BenchmarkDotNet.Attributes;
using DualWrite.Benchmarks.Setup;
using DualWrite.Benchmarks.Suites.Configs;
using DualWrite.LocalRun.Environment;

namespace DualWrite.Benchmarks.Suites;

/// <summary>
/// 1,000 new projects created through the pipeline and sent live, ours against the naive plug-in. Each iteration
/// starts a fresh organization (on the same emulator, so tokens stay cached as in a running sandbox) and uses new
/// project numbers, so every record is new to Finance.
/// </summary>
[Config(typeof(WorkloadConfig))]
public class ThousandRecordsBenchmarks
{
    public const int Records = 1000;

    private LocalFinance _oursFinance = null!;
    private LocalFinance _naiveFinance = null!;
    private LocalFinance _finance = null!;
    private SyncOrganization _organization = null!;
    private int _projectsBefore;
    private int _run;

    [GlobalSetup]
    public void Setup()
    {
        _oursFinance = LocalFinance.Start();
        _naiveFinance = LocalFinance.Start();
    }

    [IterationSetup(Target = nameof(Naive))]
    public void NewNaiveOrganization() => NewOrganization(_naiveFinance, Contender.Naive);

    [IterationSetup(Target = nameof(Ours))]
    public void NewOursOrganization() => NewOrganization(_oursFinance, Contender.Ours);

    [Benchmark(Baseline = true, Description = "Naive: 1,000 new projects, live")]
    public void Naive() => CreateProjects();

    [Benchmark(Description = "Ours: 1,000 new projects, live")]
    public void Ours() => CreateProjects();

    [IterationCleanup]
    public void CheckFinanceHasThem()
    {
        int sent = _finance.Host.Store.Rows("Projects").Count - _projectsBefore;
        if (sent != Records)
        {
            throw new InvalidOperationException($"{_organization.Contender} sent {sent} of {Records} new projects to Finance; every one must arrive.");
        }
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _oursFinance.Dispose();
        _naiveFinance.Dispose();
    }

    private void NewOrganization(LocalFinance finance, Contender contender)
    {
        _finance = finance;
        _organization = SyncOrganization.Create(finance, contender);
        _projectsBefore = finance.Host.Store.Rows("Projects").Count;
    }

    private void CreateProjects()
    {
        _run++;
        for (int n = 1; n <= Records; n++)
        {
            _organization.CreateProject($"R{_run:D3}-{n:D4}");
        }
    }
}
