using System.Linq;
using DualWrite.LocalRun.DataSet;
using DualWrite.LocalRun.Metrics;
using DualWrite.LocalRun.Options;
using DualWrite.LocalRun.Output;
using DualWrite.LocalRun.Run;
using DualWrite.LocalRun.Zip;
using DualWrite.Tests.LocalRun.Support;
using DualWrite.Tests.Solution;
using Spectre.Console;
using Xunit;

namespace DualWrite.Tests.LocalRun;

/// <summary>The local run on the small data set in queued mode with a fifth of Finance's answers failing: every record still reaches Finance exactly once.</summary>
public sealed class QueuedLocalRunTests
{
    [Fact]
    public void WithAFifthOfRequestsFailingEveryRecordStillSyncsExactlyOnce()
    {
        var console = new RecordingConsole();
        var options = new LocalRunOptions { Size = DataSetSize.Small, Mode = RunMode.Queued, FaultRate = 0.2, Seed = 2 };
        RegisteredSolution solution = SolutionZipReader.Read(BuiltSolution.ZipPath());

        RunResult result = console.Console.Progress().Start(progress => LocalRunner.Run(options, solution, progress));

        Assert.True(result.Verdict.Passed, string.Join("\n", result.Verdict.Differences));
        RunTotals totals = result.Summary.Totals;
        Assert.InRange((double)totals.FaultedRequests / totals.FinanceRequests, 0.1, 0.3);
        Assert.Equal([RunPhase.Save, RunPhase.Delivery, RunPhase.Confirmation], result.Summary.Phases.Select(p => p.Phase).Where(p => p != RunPhase.Replay));
        Assert.Equal(0, result.Summary.Phases.Single(p => p.Phase == RunPhase.Save).FinanceRequests);
        Assert.Equal(totals.FinanceRequests, result.Summary.Phases.Sum(p => p.FinanceRequests) + totals.UnattributedRequests);
        Assert.True(result.Verdict.OutboxRows > 0);

        ConsoleSummary.Write(console.Console, result);
        Assert.Contains("Delivery", console.Output);
        Assert.Contains("of them failed by the emulator's faults", console.Output);
        Assert.Contains("<td>Delivery</td>", HtmlReport.Build(result));
    }
}
