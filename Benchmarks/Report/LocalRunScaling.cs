using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using DualWrite.LocalRun.Options;
using DualWrite.LocalRun.Run;
using DualWrite.LocalRun.Zip;
using Spectre.Console;

namespace DualWrite.Benchmarks.Report;

/// <summary>
/// The local run (the main command) in this process, once per case: the built zip's steps on each data-set size live,
/// and the default size queued without and with 20 % faults. One run each: a run is seconds to minutes long, and its
/// records per second is an average over thousands of saves already.
/// </summary>
public static class LocalRunScaling
{
    public const double FaultRate = 0.2;

    /// <summary>Size, mode and fault rate of each run, in the order the report shows them.</summary>
    public static IReadOnlyList<(string Size, string Mode, double FaultRate)> Cases { get; } =
    [
        ("small", "live", 0),
        ("default", "live", 0),
        ("large", "live", 0),
        ("default", "queued", 0),
        ("default", "queued", FaultRate),
    ];

    /// <param name="smallOnly">Every case on the small data set (a quick check of the report, not a measure).</param>
    public static IReadOnlyList<LocalRunFigure> Measure(bool smallOnly = false)
    {
        RegisteredSolution solution = SolutionZipReader.Read(Path.GetFullPath(BuiltZip.DefaultPath()));
        string reportPath = Path.Combine(Path.GetTempPath(), $"dualwrite-benchmarks-localrun-{Guid.NewGuid():N}.html");
        IAnsiConsole quiet = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = AnsiSupport.No,
            ColorSystem = ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.No,
            Out = new AnsiConsoleOutput(TextWriter.Null),
        });

        var figures = new List<LocalRunFigure>();
        foreach ((string size, string mode, double faultRate) in Cases.Select(c => smallOnly ? ("small", c.Mode, c.FaultRate) : c))
        {
            LocalRunOptions options = OptionsParser.Parse(["--size", size, "--mode", mode, "--faults", faultRate.ToString(CultureInfo.InvariantCulture), "--report", reportPath]);
            Console.WriteLine($"Local run: {size} data set, {mode}, faults {faultRate:0.##}...");
            RunResult result = quiet.Progress().Start(progress => LocalRunner.Run(options, solution, progress));
            var totals = result.Summary.Totals;
            figures.Add(new LocalRunFigure(size, mode, faultRate, totals.Records, totals.FinanceRequests, totals.Duration, totals.RecordsPerSecond, result.Verdict.Passed));
            Console.WriteLine($"  {totals.Records:N0} records in {totals.Duration.TotalSeconds:0.0} s ({totals.RecordsPerSecond:0.0} records/s), check {(result.Verdict.Passed ? "passed" : "FAILED")}.");
        }

        return figures;
    }
}
