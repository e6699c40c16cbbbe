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

    /// <summary>A deployment settings file (as the fit check writes it) whose dw_EntitySetOverrides the run uses; null for none.</summary>
    public string? SettingsPath { get; init; }

    /// <summary>A saved Finance /data/$metadata the emulator serves instead of the recorded snapshot (with <see cref="FinanceEntitiesPath"/>).</summary>
    public string? FinanceMetadataPath { get; init; }

    /// <summary>The saved /Metadata/DataEntities answer that goes with <see cref="FinanceMetadataPath"/>.</summary>
    public string? FinanceEntitiesPath { get; init; }

    public bool ShowHelp { get; init; }

    /// <summary>dw_SyncModes for the run: every map in the chosen mode.</summary>
    public string SyncModes => Mode == RunMode.Queued ? """{"*":"queued"}""" : """{"*":"live"}""";
}
