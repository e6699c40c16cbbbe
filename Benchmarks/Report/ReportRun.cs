using System;
using System.Collections.Generic;
using System.IO;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Environments;
using BenchmarkDotNet.Running;
using DualWrite.Benchmarks.Suites;

namespace DualWrite.Benchmarks.Report;

/// <summary>The --report run: every suite, then the counted run, then docs/BENCHMARKS.md.</summary>
public static class ReportRun
{
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

        string report = MarkdownReport.Write(HostEnvironmentInfo.GetCurrent(), execution, record, thousand, initialSync, billedSales, counts, DateTime.UtcNow);
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        File.WriteAllText(path, report);
        Console.WriteLine($"Wrote {Path.GetFullPath(path)}");
        return 0;
    }
}
