using System;
using System.Collections.Generic;
using DualWrite.Benchmarks.Setup;
using DualWrite.LocalRun.Environment;
using DualWrite.WorkflowActivities;
using Microsoft.Xrm.Sdk;

namespace DualWrite.Benchmarks.Report;

/// <summary>
/// A counted run beside the timed ones: the requests each change costs, read from the emulator's log, in steady
/// state (after the first change of an organization, which fetches the first token).
/// </summary>
public static class RequestCounts
{
    public const int Changes = 100;
    public const int BilledSalesActuals = 1000;

    public static IReadOnlyList<RequestCount> Measure()
    {
        var counts = new List<RequestCount>();
        foreach (Contender contender in new[] { Contender.Naive, Contender.Ours })
        {
            using LocalFinance finance = LocalFinance.Start();
            SyncOrganization organization = SyncOrganization.Create(finance, contender);
            EntityReference project = organization.CreateProject("PRJ-0001");

            counts.Add(Count(finance, "Update of a synced project", contender, Changes, () =>
            {
                for (int i = 0; i < Changes; i++)
                {
                    organization.UpdateProject(project, $"Change {i}");
                }
            }));
            counts.Add(Count(finance, "Create of a new project", contender, Changes, () =>
            {
                for (int i = 0; i < Changes; i++)
                {
                    organization.CreateProject($"NEW-{i:D4}");
                }
            }));
            EntityReference invoice = organization.SeedProforma("INV-0001", BilledSalesActuals);
            counts.Add(Count(finance, "Confirm of a proforma invoice (its header)", contender, 1, () => organization.Confirm(invoice)));
            counts.Add(Count(finance, "Create of a billed-sales actual", contender, BilledSalesActuals, () => organization.CreateBilledSales(project, "INV-0001", BilledSalesActuals)));
        }

        // Only ours has an initial sync: existing rows queued and delivered through the outbox.
        using (LocalFinance finance = LocalFinance.Start())
        {
            SyncOrganization organization = SyncOrganization.Create(finance, Contender.Ours);
            organization.SeedProjects("INIT-", Changes);
            counts.Add(Count(finance, "Initial sync of an existing project", Contender.Ours, Changes, () =>
                organization.Dataverse.ExecuteCodeActivity<QueueInitialSyncActivity>(new Dictionary<string, object?> { ["Table"] = "msdyn_project", ["PageSize"] = 1000 })));
        }

        return counts;
    }

    private static RequestCount Count(LocalFinance finance, string workload, Contender contender, int changes, Action work)
    {
        finance.Host.Log.Clear();
        work();
        return new RequestCount(workload, contender, changes, finance.Host.Log.DataRequests, finance.Host.Log.TokenRequests);
    }
}
