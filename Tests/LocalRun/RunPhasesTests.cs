using System;
using System.Linq;
using System.Text.Json.Nodes;
using DualWrite.Common.Tables;
using DualWrite.FinanceEmulator.Faults;
using DualWrite.LocalRun.Check;
using DualWrite.LocalRun.DataSet;
using DualWrite.LocalRun.Environment;
using DualWrite.LocalRun.Metrics;
using DualWrite.LocalRun.Run;
using DualWrite.SolutionPacker.Processes;
using DualWrite.Testing;
using DualWrite.Tests.LocalRun.Support;
using DualWrite.WorkflowActivities;
using Microsoft.Xrm.Sdk;
using Spectre.Console;
using Xunit;

namespace DualWrite.Tests.LocalRun;

/// <summary>What the run does when Finance keeps refusing: a user gives up on a live save after a few tries; an administrator replays a queued change once Finance is back.</summary>
public sealed class RunPhasesTests : IDisposable
{
    private const string Roles = "ResourceCategoriesShared";
    private readonly LocalFinance _finance = LocalFinance.Start();
    private readonly RecordingConsole _console = new();
    private readonly RunRecorder _recorder = new();

    [Fact]
    public void ALiveSaveFinanceKeepsRefusingIsMadeAgainAFewTimesThenGivenUp()
    {
        InMemoryDataverse dataverse = Organization("live");
        _finance.Host.Faults.Add(Roles, Fault.Throttle(retryAfterSeconds: 0), FaultTrigger.Always());
        var saver = new DataSetSaver(dataverse, _recorder, queued: false);
        var role = new Entity("bookableresourcecategory", Guid.NewGuid()) { ["name"] = "Developer" };

        _console.Console.Progress().Start(progress => saver.Apply([new DataSetOperation(DataSetOperationKind.Create, role)], progress.AddTask("saving", maxValue: 1)));

        Assert.Equal(DataSetSaver.SaveAttempts, _recorder.Timings.Count(t => t.Phase == RunPhase.Save && !t.Succeeded && t.RecordId == role.Id));
        CheckDifference gaveUp = Assert.Single(saver.GaveUp);
        Assert.Equal($"bookableresourcecategory {role.Id:D}", gaveUp.Subject);
        Assert.StartsWith($"the user gave up after {DataSetSaver.SaveAttempts} failed saves (Create): ", gaveUp.Problem, StringComparison.Ordinal);
        Assert.Null(dataverse.Find("bookableresourcecategory", role.Id));
    }

    [Fact]
    public void AQueuedChangeThatFailedForGoodIsReplayedOnceFinanceIsBack()
    {
        InMemoryDataverse dataverse = Organization("queued");
        _finance.Host.Faults.Add(Roles, Fault.Throttle(retryAfterSeconds: 0), FaultTrigger.Always());
        Guid role = dataverse.GetOrganizationService().Create(new Entity("bookableresourcecategory") { ["name"] = "Developer" });
        Assert.All(dataverse.Records(OutboxTable.LogicalName), o => Assert.Equal(OutboxTable.Status.Failed, o.GetAttributeValue<OptionSetValue>(OutboxTable.Columns.Status)!.Value));
        _finance.Host.Faults.Clear();
        dataverse.RegisterAction(InboundActions.ReplayFailedSyncs, new ReplayFailedSyncsActivity());
        var replay = new FailedChangeReplay(dataverse, InboundActions.ReplayFailedSyncs, _recorder);

        _console.Console.Progress().Start(progress => replay.Run(progress.AddTask("replaying")));

        Assert.Equal(1, replay.Rounds);
        Timing replayed = Assert.Single(_recorder.Timings);
        Assert.Equal(("bookableresourcecategory", RunPhase.Replay, true), (replayed.Table, replayed.Phase, replayed.Succeeded));
        JsonObject row = Assert.Single(_finance.Host.Store.Rows(Roles)); // one shared role, whatever the legal entities
        Assert.Equal("Developer", (string?)row["RoleId"]);
        CheckVerdict verdict = SyncCheck.Run(dataverse, _finance.Host.Store, ["usmf", "demf"], [], confirmations: 0);
        Assert.True(verdict.Passed, string.Join("\n", verdict.Differences));
        Assert.Equal(role, Guid.Parse(dataverse.Records(OutboxTable.LogicalName).First().GetAttributeValue<string>(OutboxTable.Columns.SourceId)!));
    }

    public void Dispose() => _finance.Dispose();

    private InMemoryDataverse Organization(string mode)
    {
        InMemoryDataverse dataverse = LocalOrganization.Create(_finance, $$"""{"*":"{{mode}}"}""", """["usmf","demf"]""");
        dataverse.RegisterShippingSteps(_ => _finance.SecureConfiguration);
        return dataverse;
    }
}
