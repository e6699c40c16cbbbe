using System;
using System.Activities;
using System.Diagnostics;
using System.Linq;
using System.Text.Json;
using DualWrite.LocalRun.Check;
using DualWrite.LocalRun.DataSet;
using DualWrite.LocalRun.Environment;
using DualWrite.LocalRun.Metrics;
using DualWrite.LocalRun.Options;
using DualWrite.LocalRun.Zip;
using DualWrite.Plugins.Registration;
using DualWrite.Testing;
using DualWrite.SolutionPacker.Processes;
using Spectre.Console;

namespace DualWrite.LocalRun.Run;

/// <summary>
/// One local run: a Finance emulator (failing the asked share of requests), an organization with the zip's steps
/// registered (the app's client secret as their secure configuration), the data set saved in order, in queued mode
/// the failed changes replayed, Finance's confirmations played back, and the check of Finance against Dataverse.
/// </summary>
public static class LocalRunner
{
    /// <param name="environment">The Finance served and the overrides set; null reads them from the options.</param>
    public static RunResult Run(LocalRunOptions options, RegisteredSolution solution, ProgressContext progress, RunEnvironment? environment = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(solution);
        ArgumentNullException.ThrowIfNull(progress);
        bool queued = options.Mode == RunMode.Queued;
        ProgressTask saving = progress.AddTask($"Saving the {options.Size.Name} data set ({options.Mode.ToString().ToLowerInvariant()})");
        ProgressTask? replaying = queued ? progress.AddTask("Replaying failed changes", autoStart: false) : null;
        ProgressTask confirming = progress.AddTask("Playing back Finance's confirmations", autoStart: false);
        ProgressTask checking = progress.AddTask("Checking Finance against Dataverse", autoStart: false, maxValue: 1);

        ProjectOperationsDataSet dataSet = ProjectOperationsDataSet.Generate(options.Size, options.Seed);
        saving.MaxValue = Math.Max(1, dataSet.Operations.Count(o => o.Kind != DataSetOperationKind.Seed));

        environment ??= RunEnvironment.Read(options);
        using LocalFinance finance = LocalFinance.Start(emulator => emulator.ServeSnapshot(environment.Finance));
        InMemoryDataverse dataverse = LocalOrganization.Create(finance, options.SyncModes, JsonSerializer.Serialize(dataSet.LegalEntities), environment.Variables);
        foreach (PluginStep step in solution.Steps)
        {
            dataverse.RegisterStep(step, finance.SecureConfiguration);
        }

        foreach (RegisteredAction action in solution.Actions)
        {
            dataverse.RegisterAction(action.UniqueName, (CodeActivity)Activator.CreateInstance(action.ActivityType)!);
        }

        // Queued: the saver runs the asynchronous service after each save itself, so that a save and its delivery are timed apart.
        dataverse.RunAsyncJobsAutomatically = !queued;
        FaultPlan.Apply(finance.Host.Faults, options.FaultRate, options.Seed);

        var recorder = new RunRecorder();
        DateTimeOffset started = DateTimeOffset.UtcNow;
        long start = Stopwatch.GetTimestamp();
        var saver = new DataSetSaver(dataverse, recorder, queued);
        saver.Apply(dataSet.Operations, saving);
        saving.StopTask();

        int replayRounds = 0;
        if (replaying is not null)
        {
            replaying.StartTask();
            var replay = new FailedChangeReplay(dataverse, Action(solution, InboundActions.ReplayFailedSyncs), recorder);
            replay.Run(replaying);
            replaying.StopTask();
            replayRounds = replay.Rounds;
        }

        confirming.StartTask();
        var confirmations = new ConfirmationPlayer(dataverse, Action(solution, InboundActions.ApplyFinanceConfirmation), recorder);
        confirmations.Run(confirming);
        confirming.StopTask();
        TimeSpan duration = Stopwatch.GetElapsedTime(start);

        checking.StartTask();
        long checkStart = Stopwatch.GetTimestamp();
        CheckVerdict verdict = SyncCheck.Run(dataverse, finance.Host.Store, dataSet.LegalEntities, [.. saver.GaveUp, .. confirmations.Unapplied], confirmations.Sent, environment.EntitySetOverrides);
        TimeSpan checkDuration = Stopwatch.GetElapsedTime(checkStart);
        checking.Increment(1);
        checking.StopTask();

        RunSummary summary = RunSummary.Build(recorder.Timings, finance.Host.Log.Entries, saver.SeededRows, started, duration);
        return new RunResult(
            options,
            solution.ZipPath,
            solution.Steps.Count,
            dataSet.LegalEntities,
            summary,
            replayRounds,
            verdict,
            checkDuration);
    }

    // Finance's flows and administrators reach the activities through the zip's actions, by message name.
    private static string Action(RegisteredSolution solution, string uniqueName) =>
        solution.Actions.Any(a => a.UniqueName == uniqueName)
            ? uniqueName
            : throw new SolutionZipException($"The solution zip {solution.ZipPath} defines no action {uniqueName}; it defines {(solution.Actions.Count == 0 ? "none" : string.Join(", ", solution.Actions.Select(a => a.UniqueName)))}.");
}
