using System;
using System.Collections.Generic;
using System.IO;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Environments;
using BenchmarkDotNet.Running;
using DualWrite.Benchmarks.Suites;

namespace DualWrite.Benchmarks.Report;

/// <summary>The --report run: every suite, then the counted run, then the local runs, then docs/BENCHMARKS.md.</summary>
public static class ReportRun
{
    /// <summary>One iteration per benchmark and small local runs: a check that the report runs end to end, not a measure.</summary>
    public static bool Quick { get; set; }

    public static int Run(string path)
    {
        IConfig config = DefaultConfig.Instance;
        SuiteResults Suite(Type type) => new(BenchmarkRunner.Run(type, config));

        SuiteResults execution = Suite(typeof(PluginExecutionBenchmarks));
        SuiteResults record = Suite(typeof(LiveRecordBenchmarks));
        SuiteResults thousand = Suite(typeof(ThousandRecordsBenchmarks));
        SuiteResults initialSync = Suite(typeof(InitialSyncBenchmarks));
        SuiteResults billedSales = Suite(typeof(BilledSalesActualsBenchmarks));
        IReadOnlyList<RequestCount> counts = RequestCounts.Measure();
        IReadOnlyList<LocalRunFigure> localRuns = LocalRunScaling.Measure(Quick);

        string report = MarkdownReport.Write(HostEnvironmentInfo.GetCurrent(), execution, record, thousand, initialSync, billedSales, counts, localRuns, DateTime.UtcNow);
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        File.WriteAllText(path, report);
        Console.WriteLine($"Wrote {Path.GetFullPath(path)}");
        return 0;
    }
}
