using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Nodes;
using DualWrite.FinanceEmulator.Faults;
using DualWrite.FinanceEmulator.Logging;
using DualWrite.Plugins.Finance;
using DualWrite.Tests.FinanceEmulator;
using Xunit;

namespace DualWrite.Tests.Finance;

/// <summary>The Finance client against the emulator over real HTTPS, with tokens from the real MSAL library.</summary>
public sealed class FinanceClientTests : IDisposable
{
    private static readonly FinanceKey P1 = FinanceKey.InCompany("usmf", ("ProjectID", "P-1"));
    private readonly EmulatorSession _session = new();

    public void Dispose() => _session.Dispose();

    [Fact]
    public void HundredSyncsMakeOneTokenRequestAndHundredDataRequests()
    {
        _session.Host.Store.Seed(TestEntities.Projects, Row("usmf", "P-1"));

        for (int i = 1; i <= 100; i++)
        {
            FinanceWriteOutcome outcome = _session.NewClient().Upsert(TestEntities.Projects, P1, new Dictionary<string, object?> { ["Name"] = $"Sync {i}" });
            Assert.Equal(FinanceWriteOutcome.Updated, outcome);
        }

        Assert.Equal(1, _session.Host.Log.TokenRequests);
        Assert.Equal(100, _session.Host.Log.DataRequests);
        Assert.All(_session.Host.Log.Entries.Where(e => e.IsDataRequest), e => Assert.Equal(204, e.StatusCode));
        Assert.Equal("Sync 100", (string?)Assert.Single(_session.Host.Store.Rows(TestEntities.Projects))["Name"]);
    }

    [Fact]
    public void A429WithRetryAfterIsWaitedOutAndTheWriteLandsOnce()
    {
        _session.Host.Faults.Add(TestEntities.Projects, Fault.Throttle(1), FaultTrigger.Requests(1));

        _session.NewClient().Create(TestEntities.Projects, Fields("usmf", "P-1"));

        Assert.Equal([429, 201], DataStatuses());
        Assert.Single(_session.Host.Store.Rows(TestEntities.Projects));
        Assert.Contains(_session.Traces.Lines, l => l.Contains("trying again in 1.000 s after HTTP 429", StringComparison.Ordinal));
    }

    [Fact]
    public void A503SaysWhenToComeBackAndTheClientWaitsThatNotItsBackoff()
    {
        _session.Host.Faults.Add(TestEntities.Projects, Fault.ServerError(503, retryAfterSeconds: 1), FaultTrigger.Requests(1));
        _session.Host.Faults.Add(TestEntities.Projects, Fault.ServerError(503), FaultTrigger.Requests(2));

        _session.NewClient().Create(TestEntities.Projects, Fields("usmf", "P-1"));

        Assert.Equal([503, 503, 201], DataStatuses());
        Assert.Single(_session.Host.Store.Rows(TestEntities.Projects));
        Assert.Contains(_session.Traces.Lines, l => l.Contains("trying again in 1.000 s after HTTP 503", StringComparison.Ordinal));
        // Back-off would wait a quarter second at least: 0.000 is the Retry-After of 0 the second 503 sent.
        Assert.Contains(_session.Traces.Lines, l => l.Contains("trying again in 0.000 s after HTTP 503", StringComparison.Ordinal));
    }

    [Fact]
    public void TwoServerErrorsThenSuccessLandOnce()
    {
        _session.Host.Store.Seed(TestEntities.Projects, Row("usmf", "P-1"));
        _session.Host.Faults.Add(TestEntities.Projects, Fault.ServerError(500), FaultTrigger.First(2));

        _session.NewClient().Update(TestEntities.Projects, P1, new Dictionary<string, object?> { ["Budget"] = 12.5m });

        Assert.Equal([500, 500, 204], DataStatuses());
        Assert.Equal(12.5m, (decimal?)Assert.Single(_session.Host.Store.Rows(TestEntities.Projects))["Budget"]);
    }

    [Fact]
    public void A400SurfacesFinancesMessageWithTheEntitySetAndKeyWithoutRetrying()
    {
        _session.Host.Store.Seed(TestEntities.Projects, Row("usmf", "P-1"));

        FinanceException e = _session.Fails<FinanceException>(() =>
            _session.NewClient().Update(TestEntities.Projects, P1, new Dictionary<string, object?> { ["Colour"] = "blue" }));

        Assert.Equal([400], DataStatuses());
        Assert.Contains("ProjectsV2(dataAreaId='usmf',ProjectID='P-1')", e.Message, StringComparison.Ordinal);
        Assert.Contains("The property 'Colour' does not exist on type 'Microsoft.Dynamics.DataEntities.ProjectV2'", e.Message, StringComparison.Ordinal);
        Assert.Equal((TestEntities.Projects, 400, false), (e.EntitySet, e.StatusCode, e.IsTransient));
    }

    [Fact]
    public void ABudgetOfThreeSecondsAgainstRetryAfterTenFailsAtOnce()
    {
        _session.Host.Faults.Add(TestEntities.Projects, Fault.Throttle(10), FaultTrigger.Always());

        FinanceException e = _session.Fails<FinanceException>(() =>
            _session.NewClient(_session.Settings(budget: TimeSpan.FromSeconds(3))).Upsert(TestEntities.Projects, P1, new Dictionary<string, object?> { ["Name"] = "x" }));

        Assert.Equal([429], DataStatuses()); // no wait was started, no second request made
        Assert.StartsWith("Finance operation budget exhausted (3 s) on PATCH ProjectsV2(dataAreaId='usmf',ProjectID='P-1'):", e.Message, StringComparison.Ordinal);
        Assert.Contains("wait 10.0 s", e.Message, StringComparison.Ordinal);
        Assert.True(e.IsTransient);
        Assert.DoesNotContain(_session.Traces.Lines, l => l.Contains("trying again", StringComparison.Ordinal));
    }

    [Fact]
    public void AChangeSetWithOneInvalidLineWritesNothing()
    {
        var changeSet = new FinanceChangeSet(
        [
            FinanceBatchOperation.Create(TestEntities.Projects, Fields("usmf", "P-7")),
            FinanceBatchOperation.Create(TestEntities.ProjectLines, Line("P-7", 1, 10m)),
            FinanceBatchOperation.Create(TestEntities.ProjectLines, new Dictionary<string, object?> { ["dataAreaId"] = "usmf", ["ProjectID"] = "P-7", ["LineNumber"] = 2, ["Amount"] = "ten" }),
        ]);

        FinanceException e = _session.Fails<FinanceException>(() => OneChangeSet(changeSet));

        Assert.Empty(_session.Host.Store.Rows(TestEntities.Projects));
        Assert.Empty(_session.Host.Store.Rows(TestEntities.ProjectLines));
        Assert.Contains("none of it was written: operation 3 (POST ProjectLines) answered HTTP 400", e.Message, StringComparison.Ordinal);
        Assert.Contains("property 'Amount' of type 'Edm.Decimal'", e.Message, StringComparison.Ordinal);
        Assert.Equal(TestEntities.ProjectLines, e.EntitySet);
    }

    [Fact]
    public void AValidChangeSetWritesEveryOperationAndReturnsTheirRows()
    {
        IReadOnlyList<FinanceBatchOperationResult> results = OneChangeSet(new FinanceChangeSet(
        [
            FinanceBatchOperation.Create(TestEntities.Projects, Fields("usmf", "P-8")),
            FinanceBatchOperation.Create(TestEntities.ProjectLines, Line("P-8", 1, 10m)),
            FinanceBatchOperation.Create(TestEntities.ProjectLines, Line("P-8", 2, 20m)),
        ]));

        Assert.Equal([201, 201, 201], results.Select(r => r.StatusCode));
        Assert.Equal([1L, 2L], results.Skip(1).Select(r => r.Row!["LineNumber"]));
        Assert.Equal(2, _session.Host.Store.Rows(TestEntities.ProjectLines).Count);
        Assert.Equal([200], DataStatuses()); // one $batch request
    }

    [Fact]
    public void ABatchOfChangeSetsWritesEachOnItsOwnSoOneRefusalLeavesTheOthersWritten()
    {
        IReadOnlyList<FinanceChangeSetOutcome> outcomes = _session.NewClient().ExecuteBatch(
        [
            new FinanceChangeSet([FinanceBatchOperation.Create(TestEntities.Projects, Fields("usmf", "P-10")), FinanceBatchOperation.Create(TestEntities.ProjectLines, Line("P-10", 1, 10m))]),
            new FinanceChangeSet([
                FinanceBatchOperation.Create(TestEntities.Projects, Fields("usmf", "P-11")),
                FinanceBatchOperation.Create(TestEntities.ProjectLines, new Dictionary<string, object?> { ["dataAreaId"] = "usmf", ["ProjectID"] = "P-11", ["LineNumber"] = 1, ["Amount"] = "ten" }),
            ]),
            new FinanceChangeSet([FinanceBatchOperation.Create(TestEntities.Projects, Fields("usmf", "P-12"))]),
        ]);

        Assert.Equal([true, false, true], outcomes.Select(o => o.IsApplied));
        Assert.Equal([201, 201], outcomes[0].Results!.Select(r => r.StatusCode));
        Assert.Equal(TestEntities.ProjectLines, outcomes[0].Results![1].Operation.EntitySet);
        Assert.Null(outcomes[1].Results);
        Assert.Contains("none of it was written: operation 2 (POST ProjectLines) answered HTTP 400", outcomes[1].Refusal!.Message, StringComparison.Ordinal);
        Assert.False(outcomes[1].Refusal!.IsTransient);
        Assert.Equal(["P-10", "P-12"], _session.Host.Store.Rows(TestEntities.Projects).Select(r => (string)r["ProjectID"]!).Order());
        Assert.Equal("P-10", (string)Assert.Single(_session.Host.Store.Rows(TestEntities.ProjectLines))["ProjectID"]!);
        Assert.Equal([200], DataStatuses()); // one $batch request
    }

    [Fact]
    public void ABatchThatKeepsFailingIsRetriedThenFailsAsTransient()
    {
        _session.Host.Faults.Add(FaultInjector.BatchScope, Fault.ServerError(503), FaultTrigger.Always());

        FinanceException e = _session.Fails<FinanceException>(() => _session.NewClient(_session.Settings(maxAttempts: 3)).ExecuteBatch(
        [
            new FinanceChangeSet([FinanceBatchOperation.Create(TestEntities.Projects, Fields("usmf", "P-20"))]),
            new FinanceChangeSet([FinanceBatchOperation.Create(TestEntities.Projects, Fields("usmf", "P-21"))]),
        ]));

        Assert.Equal([503, 503, 503], DataStatuses());
        Assert.Contains("batch of 2 change sets", e.Message, StringComparison.Ordinal);
        Assert.True(e.IsTransient);
        Assert.Empty(_session.Host.Store.Rows(TestEntities.Projects));
    }

    [Fact]
    public void UpsertCreatesAMissingRowThenUpdatesIt()
    {
        FinanceClient client = _session.NewClient();

        Assert.Equal(FinanceWriteOutcome.Created, client.Upsert(TestEntities.Projects, P1, new Dictionary<string, object?> { ["Name"] = "First" }));
        Assert.Equal(FinanceWriteOutcome.Updated, client.Upsert(TestEntities.Projects, P1, new Dictionary<string, object?> { ["Name"] = "Second" }));

        Assert.Equal(["PATCH 404", "POST 201", "PATCH 204"], _session.Host.Log.Entries.Where(e => e.IsDataRequest).Select(e => $"{e.Method} {e.StatusCode}"));
        Assert.Equal("Second", (string?)Assert.Single(_session.Host.Store.Rows(TestEntities.Projects))["Name"]);
    }

    [Fact]
    public void UpsertThatLosesARaceToAnotherWriterUpdatesTheRowItFound()
    {
        // The first PATCH finds nothing; another writer creates the row before the POST arrives, so Finance refuses the POST as a duplicate (500 with its Infolog text).
        _session.Host.Faults.Add(TestEntities.Projects, Fault.ConcurrentWrite(Row("usmf", "P-1")), FaultTrigger.Requests(2));

        FinanceWriteOutcome outcome = _session.NewClient().Upsert(TestEntities.Projects, P1, new Dictionary<string, object?> { ["Name"] = "Mine" });

        Assert.Equal(FinanceWriteOutcome.Updated, outcome);
        Assert.Equal(["PATCH 404", "POST 500", "PATCH 204"], _session.Host.Log.Entries.Where(e => e.IsDataRequest).Select(e => $"{e.Method} {e.StatusCode}"));
        Assert.Equal("Mine", (string?)Assert.Single(_session.Host.Store.Rows(TestEntities.Projects))["Name"]);
    }

    [Fact]
    public void ReadAndDeleteByKeyAnswerWhetherTheRowExists()
    {
        _session.Host.Store.Seed(TestEntities.Projects, Row("usrt", "P-1"));
        FinanceClient client = _session.NewClient();
        FinanceKey otherCompany = FinanceKey.InCompany("usrt", ("ProjectID", "P-1"));

        Assert.Equal("Seeded", client.Read(TestEntities.Projects, otherCompany)!["Name"]);
        Assert.Null(client.Read(TestEntities.Projects, P1));
        Assert.True(client.Delete(TestEntities.Projects, otherCompany));
        Assert.False(client.Delete(TestEntities.Projects, otherCompany));
        Assert.Empty(_session.Host.Store.Rows(TestEntities.Projects));
    }

    [Fact]
    public void KeyValuesWithQuotesAndUrlCharactersAddressTheRightRow()
    {
        const string awkward = "O'Brien/2024?#&,)(%20é";
        FinanceKey key = FinanceKey.InCompany("usmf", ("ProjectID", awkward));
        FinanceClient client = _session.NewClient();

        Assert.Equal(FinanceWriteOutcome.Created, client.Upsert(TestEntities.Projects, key, new Dictionary<string, object?> { ["Name"] = "Awkward" }));
        Assert.Equal(FinanceWriteOutcome.Updated, client.Upsert(TestEntities.Projects, key, new Dictionary<string, object?> { ["Name"] = "Still awkward" }));

        JsonObject row = Assert.Single(_session.Host.Store.Rows(TestEntities.Projects));
        Assert.Equal(awkward, (string?)row["ProjectID"]);
        Assert.Equal("Still awkward", (string?)row["Name"]);
    }

    [Fact]
    public void ADroppedConnectionIsRetriedAndTheWriteLandsOnce()
    {
        _session.Host.Faults.Add(TestEntities.Projects, Fault.DropConnection(), FaultTrigger.Requests(1));

        _session.NewClient().Create(TestEntities.Projects, Fields("usmf", "P-1"));

        Assert.Equal([0, 201], DataStatuses());
        Assert.Single(_session.Host.Store.Rows(TestEntities.Projects));
    }

    [Fact]
    public void ALostConnectionIsTriedAgainAtOnceThenWithBackoff()
    {
        _session.Host.Faults.Add(TestEntities.Projects, Fault.DropConnection(), FaultTrigger.First(2));

        _session.NewClient(_session.Settings(maxAttempts: 3)).Create(TestEntities.Projects, Fields("usmf", "P-1"));

        Assert.Equal([0, 0, 201], DataStatuses());
        string[] waits = _session.Traces.Lines.Where(l => l.Contains("trying again in", StringComparison.Ordinal)).ToArray();
        Assert.Equal(2, waits.Length);
        Assert.Contains("trying again in 0.000 s after ConnectionLost", waits[0], StringComparison.Ordinal);
        Assert.DoesNotContain("trying again in 0.000 s", waits[1], StringComparison.Ordinal); // the second waits its back-off
    }

    [Fact]
    public void ATimedOutRequestIsRetried()
    {
        _session.Host.Store.Seed(TestEntities.Projects, Row("usmf", "P-1"));
        _session.Host.Faults.Add(TestEntities.Projects, Fault.Latency(TimeSpan.FromSeconds(2)), FaultTrigger.Requests(1));

        _session.NewClient(_session.Settings(requestTimeout: TimeSpan.FromMilliseconds(300)))
            .Update(TestEntities.Projects, P1, new Dictionary<string, object?> { ["Name"] = "After timeout" });

        Assert.Contains(_session.Traces.Lines, l => l.Contains("no answer", StringComparison.Ordinal) && l.Contains("Timeout", StringComparison.Ordinal));
        Assert.Equal("After timeout", (string?)Assert.Single(_session.Host.Store.Rows(TestEntities.Projects))["Name"]);
    }

    [Fact]
    public void AnExpiredTokenAnswerIsNotRetried()
    {
        _session.Host.Faults.Add(TestEntities.Projects, Fault.ExpiredToken(), FaultTrigger.Always());

        FinanceException e = _session.Fails<FinanceException>(() => _session.NewClient().Update(TestEntities.Projects, P1, new Dictionary<string, object?> { ["Name"] = "x" }));

        Assert.Equal([401], DataStatuses());
        Assert.Contains("Finance refused PATCH ProjectsV2(dataAreaId='usmf',ProjectID='P-1') with HTTP 401", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void PersistentServerErrorsGiveUpAfterTheAllowedAttempts()
    {
        _session.Host.Faults.Add(TestEntities.Projects, Fault.ServerError(503), FaultTrigger.Always());

        FinanceException e = _session.Fails<FinanceException>(() => _session.NewClient(_session.Settings(maxAttempts: 3)).Create(TestEntities.Projects, Fields("usmf", "P-1")));

        Assert.Equal([503, 503, 503], DataStatuses());
        Assert.Contains("Finance did not complete POST ProjectsV2 in 3 attempts; the last ended with HTTP 503", e.Message, StringComparison.Ordinal);
        Assert.True(e.IsTransient);
    }

    [Fact]
    public void AWriteFailureWithFinancesInfologIsNotRetried()
    {
        _session.Host.Store.Seed(TestEntities.Projects, Row("usmf", "P-1"));

        FinanceException e = _session.Fails<FinanceException>(() => _session.NewClient().Create(TestEntities.Projects, Fields("usmf", "P-1")));

        Assert.Equal([500], DataStatuses());
        Assert.Contains("Write failed for table row of type 'ProjectV2'. Infolog: Error: Cannot create a record in ProjectV2", e.Message, StringComparison.Ordinal);
        Assert.False(e.IsTransient);
    }

    [Fact]
    public void EveryRequestCarriesThePlatformHeadersAndTheLogHidesTheToken()
    {
        _session.NewClient().Create(TestEntities.Projects, Fields("usmf", "P-1"));

        RequestLogEntry post = Assert.Single(_session.Host.Log.Entries, e => e.IsDataRequest);
        Assert.Equal("close", post.Headers["Connection"], ignoreCase: true);
        Assert.Equal("4.0", post.Headers["OData-Version"]);
        Assert.Equal("application/json", post.Headers["Accept"]);
        Assert.Equal("(redacted)", post.Headers["Authorization"]);
        Assert.NotEmpty(_session.Host.Tokens.Issued); // so the leak check at the end has a token to look for
    }

    [Fact]
    public void ABatchAsksForMultipartMixedAndEveryOtherCallForJson()
    {
        OneChangeSet(new FinanceChangeSet([FinanceBatchOperation.Create(TestEntities.Projects, Fields("usmf", "P-11"))]));
        _session.NewClient().Create(TestEntities.Projects, Fields("usmf", "P-12"));

        RequestLogEntry batch = Assert.Single(_session.Host.Log.Entries, e => e.Scope == FaultInjector.BatchScope);
        RequestLogEntry create = Assert.Single(_session.Host.Log.Entries, e => e.IsDataRequest && e.Scope == TestEntities.Projects);
        Assert.Equal("multipart/mixed", batch.Headers["Accept"]);
        Assert.Equal("application/json", create.Headers["Accept"]);
    }

    private int[] DataStatuses() => _session.Host.Log.Entries.Where(e => e.IsDataRequest).Select(e => e.StatusCode).ToArray();

    private static Dictionary<string, object?> Fields(string company, string project) =>
        new() { ["dataAreaId"] = company, ["ProjectID"] = project, ["Name"] = "Created", ["IsActive"] = true };

    private static Dictionary<string, object?> Line(string project, int number, decimal amount) =>
        new() { ["dataAreaId"] = "usmf", ["ProjectID"] = project, ["LineNumber"] = number, ["Amount"] = amount };

    private static JsonObject Row(string company, string project) =>
        new() { ["dataAreaId"] = company, ["ProjectID"] = project, ["Name"] = "Seeded", ["Budget"] = null, ["IsActive"] = true };

    /// <summary>One change set alone in a $batch: its rows, or the refusal that wrote none of it.</summary>
    private IReadOnlyList<FinanceBatchOperationResult> OneChangeSet(FinanceChangeSet changeSet)
    {
        FinanceChangeSetOutcome outcome = _session.NewClient().ExecuteBatch([changeSet])[0];
        return outcome.Results ?? throw outcome.Refusal!;
    }
}
