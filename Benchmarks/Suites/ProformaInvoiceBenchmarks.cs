using System;
using BenchmarkDotNet.Attributes;
using DualWrite.Benchmarks.Setup;
using DualWrite.Benchmarks.Suites.Configs;
using DualWrite.LocalRun.Environment;
using Microsoft.Xrm.Sdk;

namespace DualWrite.Benchmarks.Suites;

/// <summary>
/// Confirming a proforma invoice of <see cref="Lines"/> lines: ours sends the header and its lines in one $batch
/// change set, the naive plug-in one POST for the header and one per line. Each iteration seeds a new draft invoice
/// in a fresh organization, so every proposal is new to Finance.
/// </summary>
[Config(typeof(WorkloadConfig))]
public class ProformaInvoiceBenchmarks
{
    private LocalFinance _oursFinance = null!;
    private LocalFinance _naiveFinance = null!;
    private LocalFinance _finance = null!;
    private SyncOrganization _organization = null!;
    private EntityReference _invoice = null!;
    private int _linesBefore;
    private int _run;

    [Params(1000, 5000)]
    public int Lines { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _oursFinance = LocalFinance.Start();
        _naiveFinance = LocalFinance.Start();
    }

    [IterationSetup(Target = nameof(Naive))]
    public void SeedNaiveInvoice() => SeedInvoice(_naiveFinance, Contender.Naive);

    [IterationSetup(Target = nameof(Ours))]
    public void SeedOursInvoice() => SeedInvoice(_oursFinance, Contender.Ours);

    [Benchmark(Baseline = true, Description = "Naive: confirm a proforma invoice")]
    public void Naive() => _organization.Confirm(_invoice);

    [Benchmark(Description = "Ours: confirm a proforma invoice")]
    public void Ours() => _organization.Confirm(_invoice);

    [IterationCleanup]
    public void CheckFinanceHasThem()
    {
        int sent = _finance.Host.Store.Rows("ProjectInvoiceProposalLines").Count - _linesBefore;
        if (sent != Lines)
        {
            throw new InvalidOperationException($"{_organization.Contender} sent {sent} of {Lines} invoice lines to Finance; every one must arrive.");
        }
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _oursFinance.Dispose();
        _naiveFinance.Dispose();
    }

    private void SeedInvoice(LocalFinance finance, Contender contender)
    {
        _finance = finance;
        _organization = SyncOrganization.Create(finance, contender);
        _invoice = _organization.SeedProforma($"INV-{++_run:D4}", Lines);
        _linesBefore = finance.Host.Store.Rows("ProjectInvoiceProposalLines").Count;
    }
}
