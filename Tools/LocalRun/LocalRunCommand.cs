using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using DualWrite.LocalRun.Options;
using DualWrite.LocalRun.Output;
using DualWrite.LocalRun.Run;
using DualWrite.LocalRun.Zip;
using Spectre.Console;

namespace DualWrite.LocalRun;

/// <summary>
/// The local run from its command line to its exit code: reads the options and the solution zip, runs the data set
/// with a progress bar per phase, prints the summary and the check's verdict, and writes the HTML report.
/// Exit code 0: the check passed; 1: it failed; 2: bad options or an unusable zip.
/// </summary>
public static class LocalRunCommand
{
    public const int Passed = 0;
    public const int CheckFailed = 1;
    public const int BadInput = 2;

    public static int Run(IReadOnlyList<string> args, IAnsiConsole console)
    {
        ArgumentNullException.ThrowIfNull(console);
        LocalRunOptions options;
        try
        {
            options = OptionsParser.Parse(args);
        }
        catch (OptionsException e)
        {
            Error(console, e.Message + " Run with --help for the options.");
            return BadInput;
        }

        if (options.ShowHelp)
        {
            console.WriteLine(HelpText.Text);
            return Passed;
        }

        RegisteredSolution solution;
        string reportPath;
        RunEnvironment environment;
        try
        {
            solution = SolutionZipReader.Read(Path.GetFullPath(options.ZipPath ?? BuiltZip.DefaultPath()));
            reportPath = Path.GetFullPath(options.ReportPath ?? DefaultReportPath());
            environment = RunEnvironment.Read(options);
        }
        catch (Exception e) when (e is SolutionZipException or OptionsException)
        {
            Error(console, e.Message);
            return BadInput;
        }

        console.MarkupLine(Markup.Escape(string.Format(
            CultureInfo.InvariantCulture,
            "Running {0} ({1} steps and {2} workflow activities registered from the zip): {3} data set, {4} mode, fault rate {5:0.##}, seed {6}.",
            solution.ZipPath,
            solution.Steps.Count,
            solution.ActivityTypes.Count,
            options.Size.Name,
            options.Mode.ToString().ToLowerInvariant(),
            options.FaultRate,
            options.Seed)));

        RunResult result = console.Progress()
            .AutoClear(false)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn())
            .Start(progress => LocalRunner.Run(options, solution, progress, environment));

        ConsoleSummary.Write(console, result);
        HtmlReport.Write(reportPath, result);
        console.MarkupLine(Markup.Escape($"Report: {reportPath}"));
        return result.Verdict.Passed ? Passed : CheckFailed;
    }

    // Under the repository when the local run is in one; else beside where it was started.
    private static string DefaultReportPath()
    {
        string root;
        try
        {
            root = BuiltZip.RepositoryRoot();
        }
        catch (SolutionZipException)
        {
            root = Directory.GetCurrentDirectory();
        }

        return Path.Combine(root, "artifacts", "localrun", "report.html");
    }

    private static void Error(IAnsiConsole console, string message) => console.MarkupLine("[red]error:[/] " + Markup.Escape(message));
}
