using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Nodes;
using DualWrite.Plugins.Finance;
using DualWrite.Tests.FinanceEmulator;
using Xunit;

namespace DualWrite.Tests.Finance;

/// <summary>The Finance client with enum fields, against the emulator: member names go out as strings and come back as strings.</summary>
public sealed class FinanceClientEnumTests : IDisposable
{
    private static readonly FinanceKey P1 = FinanceKey.InCompany("usmf", ("ProjectID", "P-1"));
    private readonly EmulatorSession _session = new();

    public void Dispose() => _session.Dispose();

    [Fact]
    public void AMemberNameIsWrittenAsAJsonStringAndReadBackAsOne()
    {
        FinanceClient client = _session.NewClient();

        client.Create(TestEntities.Projects, new Dictionary<string, object?> { ["dataAreaId"] = "usmf", ["ProjectID"] = "P-1", ["Stage"] = "InProcess", ["Billable"] = "Yes" });
        IReadOnlyDictionary<string, object?> read = client.Read(TestEntities.Projects, P1)!;
        client.Update(TestEntities.Projects, P1, new Dictionary<string, object?> { ["Stage"] = "Finished" });

        string posted = Assert.Single(_session.Host.Log.Entries, e => e.IsDataRequest && e.Method == "POST").Body;
        Assert.Equal("InProcess", (string?)JsonNode.Parse(posted)!["Stage"]);
        Assert.Equal(("InProcess", "Yes"), (read["Stage"], read["Billable"]));
        JsonObject row = Assert.Single(_session.Host.Store.Rows(TestEntities.Projects));
        Assert.Equal(("Finished", "Yes"), ((string?)row["Stage"], (string?)row["Billable"]));
    }

    [Fact]
    public void ABadMemberIsRefusedWithFinancesWordsNamingPropertyAndEnumWithoutRetryAndNothingChanges()
    {
        _session.Host.Store.Seed(TestEntities.Projects, new JsonObject { ["dataAreaId"] = "usmf", ["ProjectID"] = "P-1", ["IsActive"] = true, ["Stage"] = "InProcess", ["Billable"] = "No" });

        FinanceException e = _session.Fails<FinanceException>(() =>
            _session.NewClient().Update(TestEntities.Projects, P1, new Dictionary<string, object?> { ["Name"] = "Renamed", ["Stage"] = "Closed" }));

        Assert.Equal(400, e.StatusCode);
        Assert.Contains("ProjectsV2(dataAreaId='usmf',ProjectID='P-1')", e.Message, StringComparison.Ordinal);
        Assert.Contains("'Microsoft.Dynamics.DataEntities.ProjectStage' of property 'Stage': 'Closed' is not a member of enum 'ProjectStage'", e.Message, StringComparison.Ordinal);
        Assert.Single(_session.Host.Log.Entries, x => x.IsDataRequest);
        JsonObject row = Assert.Single(_session.Host.Store.Rows(TestEntities.Projects));
        Assert.Equal(("InProcess", null), ((string?)row["Stage"], (string?)row["Name"]));
    }

    [Fact]
    public void AClrEnumIsRefusedBeforeAnythingIsSent()
    {
        ArgumentException e = Assert.Throws<ArgumentException>(() =>
            _session.NewClient().Update(TestEntities.Projects, P1, new Dictionary<string, object?> { ["Stage"] = DayOfWeek.Monday }));

        Assert.Contains("Field 'Stage' for Finance entity set 'ProjectsV2' holds the CLR enum value DayOfWeek.Monday", e.Message, StringComparison.Ordinal);
        Assert.Contains("pass the Finance member name as a string", e.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(_session.Host.Log.Entries, x => x.IsDataRequest);
    }
}
