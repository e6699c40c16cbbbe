using DualWrite.LocalRun.DataSet;

namespace DualWrite.LocalRun.Options;

/// <summary>What the local run is asked to do; <see cref="OptionsParser"/> reads it from the command line.</summary>
public sealed record LocalRunOptions
{
    public DataSetSize Size { get; init; } = DataSetSize.Default;

    public RunMode Mode { get; init; } = RunMode.Live;

    /// <summary>The share of Finance requests (0 to 1) the emulator fails: 503s, 429s and dropped connections.</summary>
    public double FaultRate { get; init; }

    /// <summary>Seeds the data set and the faults, so that a run can be repeated.</summary>
    public int Seed { get; init; } = 1;

    /// <summary>The solution zip to run; null for the one this build packed.</summary>
    public string? ZipPath { get; init; }

    /// <summary>Where the HTML report goes; null for artifacts/localrun/report.html under the repository.</summary>
    public string? ReportPath { get; init; }

    public bool ShowHelp { get; init; }

    /// <summary>dw_SyncModes for the run: every map in the chosen mode.</summary>
    public string SyncModes => Mode == RunMode.Queued ? """{"*":"queued"}""" : """{"*":"live"}""";
}
