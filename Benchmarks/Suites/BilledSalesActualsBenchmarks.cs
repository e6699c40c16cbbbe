using BenchmarkDotNet.Attributes;
using DualWrite.Benchmarks.Setup;
using DualWrite.Benchmarks.Suites.Configs;
using Microsoft.Xrm.Sdk;

namespace DualWrite.Benchmarks.Suites;

/// <summary>
/// Confirming a large proforma invoice of <see cref="Actuals"/> lines and the billed-sales actuals its confirmation
/// creates, live: the header is one row for either contender; each actual is a create that reaches Finance's actuals
/// import on its own (ours one request, the naive plug-in a token and a POST). Each iteration seeds a new draft invoice.
/// </summary>
[Config(typeof(WorkloadConfig))]
public class BilledSalesActualsBenchmarks : ComparedWorkload
{
    private EntityReference _project = null!;
    private EntityReference _invoice = null!;
    private string _number = "";
    private int _run;

    [Params(1000)]
    public int Actuals { get; set; }

    protected override string CheckedEntitySet => "ProjActualsImports";

    protected override int RowsPerIteration => Actuals;

    [IterationSetup(Target = nameof(Naive))]
    public void SeedNaiveInvoice() => SeedInvoice(Contender.Naive);

    [IterationSetup(Target = nameof(Ours))]
    public void SeedOursInvoice() => SeedInvoice(Contender.Ours);

    [Benchmark(Baseline = true, Description = "Naive: confirm a large proforma and create its billed-sales actuals")]
    public void Naive() => ConfirmWithActuals();

    [Benchmark(Description = "Ours: confirm a large proforma and create its billed-sales actuals")]
    public void Ours() => ConfirmWithActuals();

    private void ConfirmWithActuals()
    {
        Organization.Confirm(_invoice);
        Organization.CreateBilledSales(_project, _number, Actuals);
    }

    private void SeedInvoice(Contender contender)
    {
        NewOrganization(contender);
        _number = $"INV-{++_run:D4}";
        _project = Organization.CreateProject($"PRJ-{_run:D4}");
        _invoice = Organization.SeedProforma(_number, Actuals);
    }
}
