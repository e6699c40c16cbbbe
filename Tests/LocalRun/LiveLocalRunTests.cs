using System;
using System.IO;
using DualWrite.LocalRun;
using DualWrite.Tests.LocalRun.Support;
using DualWrite.Tests.Solution;
using Xunit;

namespace DualWrite.Tests.LocalRun;

/// <summary>The README's command, in process, on the small data set in live mode against the zip the build packed.</summary>
public sealed class LiveLocalRunTests
{
    [Fact]
    public void RunsTheBuiltZipToAPassingCheckAndWritesTheSummaryAndTheReport()
    {
        var console = new RecordingConsole();
        string report = Path.Combine(Path.GetTempPath(), $"dualwrite-localrun-{Guid.NewGuid():N}", "report.html");
        try
        {
            int exitCode = LocalRunCommand.Run(["--size", "small", "--report", report], console.Console);

            string output = console.Output;
            Assert.True(exitCode == LocalRunCommand.Passed, output);
            Assert.Contains($"Running {BuiltSolution.ZipPath()}", output);
            Assert.Contains("PASSED: every record synced exactly once", output);
            foreach (string expected in new[] { "Summary per table", "Per phase", "Requests", "p95", "msdyn_actual", "invoice", "Total", "Save", "Confirmation" })
            {
                Assert.Contains(expected, output);
            }

            Assert.DoesNotContain("\u001b[", output); // no escape codes when not a terminal
            string html = File.ReadAllText(report);
            Assert.StartsWith("<!DOCTYPE html>", html, StringComparison.Ordinal);
            foreach (string expected in new[] { "<h2>Summary per table</h2>", "<h2>Save latency per table</h2><svg", "<h2>Throughput over time</h2><svg", "<td>msdyn_actual</td>", "class=\"verdict passed\"", "<td>Mode</td><td>live</td>", "<td>Seed</td><td class=\"n\">1</td>" })
            {
                Assert.Contains(expected, html);
            }

            Assert.DoesNotContain("<script", html);
            Assert.DoesNotContain(" src=", html);
            Assert.DoesNotContain(" href=", html);
        }
        finally
        {
            Directory.Delete(Path.GetDirectoryName(report)!, recursive: true);
        }
    }
}
