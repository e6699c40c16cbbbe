using BenchmarkDotNet.Attributes;
using DualWrite.Benchmarks.Setup;
using DualWrite.Benchmarks.Suites.Configs;
using Microsoft.Xrm.Sdk;

namespace DualWrite.Benchmarks.Suites;

/// <summary>
/// Confirming a proforma invoice of <see cref="Lines"/> lines: ours sends the header and its lines in one $batch
/// change set, the naive plug-in one POST for the header and one per line. Each iteration seeds a new draft invoice.
/// </summary>
[Config(typeof(WorkloadConfig))]
public class ProformaInvoiceBenchmarks : ComparedWorkload
{
    private EntityReference _invoice = null!;
    private int _run;

    [Params(1000, 5000)]
    public int Lines { get; set; }

    protected override string CheckedEntitySet => "ProjectInvoiceProposalLines";

    protected override int RowsPerIteration => Lines;

    [IterationSetup(Target = nameof(Naive))]
    public void SeedNaiveInvoice() => SeedInvoice(Contender.Naive);

    [IterationSetup(Target = nameof(Ours))]
    public void SeedOursInvoice() => SeedInvoice(Contender.Ours);

    [Benchmark(Baseline = true, Description = "Naive: confirm a proforma invoice")]
    public void Naive() => Organization.Confirm(_invoice);

    [Benchmark(Description = "Ours: confirm a proforma invoice")]
    public void Ours() => Organization.Confirm(_invoice);

    private void SeedInvoice(Contender contender)
    {
        NewOrganization(contender);
        _invoice = Organization.SeedProforma($"INV-{++_run:D4}", Lines);
    }
}
