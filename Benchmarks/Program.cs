using System;
using System.IO;
using System.Linq;
using BenchmarkDotNet.Running;
using DualWrite.Benchmarks.Report;

namespace DualWrite.Benchmarks;

/// <summary>
/// dotnet run -c Release --project Benchmarks -- [BenchmarkDotNet arguments]: runs the suites BenchmarkDotNet's way
/// (for example --filter '*Proforma*'); with --report [path] runs them all and writes docs/BENCHMARKS.md (or path).
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

        string path = args.Skip(report + 1).FirstOrDefault() ?? Path.Combine(RepositoryRoot(), "docs", "BENCHMARKS.md");
        return ReportRun.Run(path);
    }

    /// <summary>The folder holding DualWrite.Plugins.sln, above the working directory or the program.</summary>
    private static string RepositoryRoot()
    {
        foreach (string start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (DirectoryInfo? folder = new(start); folder is not null; folder = folder.Parent)
            {
                if (File.Exists(Path.Combine(folder.FullName, "DualWrite.Plugins.sln")))
                {
                    return folder.FullName;
                }
            }
        }

        throw new InvalidOperationException("No DualWrite.Plugins.sln above the working directory or the program; pass the report's path after --report.");
    }
}
