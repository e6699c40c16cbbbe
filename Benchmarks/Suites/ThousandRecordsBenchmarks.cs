using BenchmarkDotNet.Attributes;
using DualWrite.Benchmarks.Setup;
using DualWrite.Benchmarks.Suites.Configs;

namespace DualWrite.Benchmarks.Suites;

/// <summary>1,000 new projects created through the pipeline and sent live, ours against the naive plug-in; every record is new to Finance.</summary>
[Config(typeof(WorkloadConfig))]
public class ThousandRecordsBenchmarks : ComparedWorkload
{
    public const int Records = 1000;

    private int _run;

    protected override string CheckedEntitySet => "ProjCDSProjects";

    protected override int RowsPerIteration => Records;

    [IterationSetup(Target = nameof(Naive))]
    public void NewNaiveOrganization() => NewOrganization(Contender.Naive);

    [IterationSetup(Target = nameof(Ours))]
    public void NewOursOrganization() => NewOrganization(Contender.Ours);

    [Benchmark(Baseline = true, Description = "Naive: 1,000 new projects, live")]
    public void Naive() => CreateProjects();

    [Benchmark(Description = "Ours: 1,000 new projects, live")]
    public void Ours() => CreateProjects();

    private void CreateProjects()
    {
        _run++;
        for (int n = 1; n <= Records; n++)
        {
            Organization.CreateProject($"R{_run:D3}-{n:D4}");
        }
    }
}
