using System.Linq;
using DualWrite.Benchmarks.Setup;
using DualWrite.FinanceEmulator.Logging;
using DualWrite.LocalRun.Environment;
using Microsoft.Xrm.Sdk;
using Xunit;

namespace DualWrite.Tests.Benchmarks;

/// <summary>The floor is fair: it sends exactly the request ours sent for a change (method, URL, body), once per call, and Finance accepts it.</summary>
public sealed class RawRequestFloorTests
{
    [Fact]
    public void TheFloorRepeatsOursLastRequestAndFinanceAcceptsIt()
    {
        using LocalFinance finance = LocalFinance.Start();
        SyncOrganization ours = SyncOrganization.Create(finance, Contender.Ours);
        EntityReference project = ours.CreateProject("PRJ-0001");
        ours.UpdateProject(project, "Phase 2");
        RequestLogEntry oursLast = finance.Host.Log.Entries.Last(e => e.IsDataRequest);
        int before = finance.Host.Log.Entries.Count;

        RawRequestFloor floor = RawRequestFloor.RepeatingLastRequest(finance);
        floor.Send();
        floor.Send();

        RequestLogEntry[] sent = finance.Host.Log.Entries.Skip(before).ToArray();
        Assert.Equal(2, sent.Length); // no token request: the floor sends the data request alone
        Assert.All(sent, e =>
        {
            Assert.Equal(("PATCH", oursLast.Url, oursLast.Body, 204), (e.Method, e.Url, e.Body, e.StatusCode));
            Assert.Equal("close", e.Headers["Connection"], ignoreCase: true);
        });
        Assert.Equal("Phase 2", (string)finance.Host.Store.Rows("ProjCDSProjects").Single()["Description"]!);
    }
}
