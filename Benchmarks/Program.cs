using System;
using System.IO;
using System.Linq;
using BenchmarkDotNet.Running;
using DualWrite.Benchmarks.Report;

namespace DualWrite.Benchmarks;

/// <summary>
/// dotnet run -c Release --project Benchmarks -- [BenchmarkDotNet arguments]: runs the suites BenchmarkDotNet's way
/// (for example --filter '*BilledSales*'); with --report [path] runs them all and writes docs/BENCHMARKS.md (or path);
/// --report path --quick does the same with one iteration per benchmark and the small data set for every local run,
/// to check the report end to end in minutes (its figures are not the goals' measure).
/// </summary>
internal static class Program
{
    private static int Main(string[] args)
    {
        int report = Array.IndexOf(args, "--report");
        if (report < 0)
        {
            BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
            return 0;
        }

        ReportRun.Quick = args.Contains("--quick");
        string path = args.Skip(report + 1).FirstOrDefault(a => !a.StartsWith("--", StringComparison.Ordinal)) ?? Path.Combine(RepositoryRoot(), "docs", "BENCHMARKS.md");
        return ReportRun.Run(path);
    }

    /// <summary>The folder holding DualWrite.Plugins.sln, above the working directory or the program.</summary>
    private static string RepositoryRoot() =>
        DualWrite.SolutionPacker.Configuration.RepositoryRoot.Above(Directory.GetCurrentDirectory())
        ?? DualWrite.SolutionPacker.Configuration.RepositoryRoot.Above(AppContext.BaseDirectory)
        ?? throw new InvalidOperationException("No DualWrite.Plugins.sln above the working directory or the program; pass the report's path after --report.");
}
