using System;
using BenchmarkDotNet.Attributes;
using DualWrite.Benchmarks.Setup;
using DualWrite.LocalRun.Environment;

namespace DualWrite.Benchmarks.Suites;

/// <summary>
/// A workload run by both contenders, each against its own emulator: every iteration starts a fresh organization
/// (on the same emulator, so tokens stay cached as in a running sandbox) and ends by checking that Finance received
/// every row the iteration had to send.
/// </summary>
public abstract class ComparedWorkload
{
    private LocalFinance _oursFinance = null!;
    private LocalFinance _naiveFinance = null!;
    private LocalFinance _finance = null!;
    private int _rowsBefore;

    protected SyncOrganization Organization { get; private set; } = null!;

    /// <summary>Where the check counts the rows an iteration sent.</summary>
    protected abstract string CheckedEntitySet { get; }

    protected abstract int RowsPerIteration { get; }

    [GlobalSetup]
    public void StartFinances()
    {
        _oursFinance = LocalFinance.Start();
        _naiveFinance = LocalFinance.Start();
    }

    [IterationCleanup]
    public void CheckFinanceReceivedEverything()
    {
        int sent = _finance.Host.Store.Rows(CheckedEntitySet).Count - _rowsBefore;
        if (sent != RowsPerIteration)
        {
            throw new InvalidOperationException($"{Organization.Contender} sent {sent} of {RowsPerIteration} rows of {CheckedEntitySet} to Finance; every one must arrive.");
        }
    }

    [GlobalCleanup]
    public void StopFinances()
    {
        _oursFinance.Dispose();
        _naiveFinance.Dispose();
    }

    /// <summary>Starts the iteration's organization for <paramref name="contender"/>.</summary>
    protected void NewOrganization(Contender contender)
    {
        _finance = contender == Contender.Ours ? _oursFinance : _naiveFinance;
        Organization = SyncOrganization.Create(_finance, contender);
        _rowsBefore = _finance.Host.Store.Rows(CheckedEntitySet).Count;
    }
}
