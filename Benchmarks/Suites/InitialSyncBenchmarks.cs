using System;
using System.Collections.Generic;
using BenchmarkDotNet.Attributes;
using DualWrite.Benchmarks.Setup;
using DualWrite.Benchmarks.Suites.Configs;
using DualWrite.LocalRun.Environment;
using DualWrite.WorkflowActivities;

namespace DualWrite.Benchmarks.Suites;

/// <summary>
/// Initial sync throughput: <see cref="Rows"/> existing projects (stored with no step run) queued by
/// <see cref="QueueInitialSyncActivity"/> and delivered by the outbox's asynchronous step to the Finance emulator.
/// Each iteration starts a fresh organization with new project numbers, so every row is new to Finance. Three sizes, up
/// to 20,000 rows: dw_outbox and dw_syncstate grow with every row, so rows per minute shows whether the cost stays linear.
/// </summary>
[Config(typeof(WorkloadConfig))]
public class InitialSyncBenchmarks
{
    private LocalFinance _finance = null!;
    private SyncOrganization _organization = null!;
    private int _projectsBefore;
    private int _run;

    /// <summary>The sizes measured: rows per minute must hold from the smallest to the largest (20,000 left out of a --quick report).</summary>
    public static IReadOnlyList<int> RowCounts => Report.ReportRun.Quick ? [500, 2000] : [500, 2000, 20000];

    [ParamsSource(nameof(RowCounts))]
    public int Rows { get; set; }

    [GlobalSetup]
    public void Setup() => _finance = LocalFinance.Start();

    [IterationSetup]
    public void SeedProjects()
    {
        _organization = SyncOrganization.Create(_finance, Contender.Ours);
        _organization.SeedProjects($"I{++_run:D3}-", Rows);
        _projectsBefore = _finance.Host.Store.Rows("ProjCDSProjects").Count;
    }

    [Benchmark(Description = "Ours: initial sync of existing projects (queue + outbox delivery)")]
    public void InitialSync() =>
        _organization.Dataverse.ExecuteCodeActivity<QueueInitialSyncActivity>(new Dictionary<string, object?> { ["Table"] = "msdyn_project", ["PageSize"] = 1000 });

    [IterationCleanup]
    public void CheckFinanceHasThem()
    {
        int sent = _finance.Host.Store.Rows("ProjCDSProjects").Count - _projectsBefore;
        if (sent != Rows)
        {
            throw new InvalidOperationException($"The initial sync sent {sent} of {Rows} projects to Finance; every one must arrive.");
        }
    }

    [GlobalCleanup]
    public void Cleanup() => _finance.Dispose();
}
