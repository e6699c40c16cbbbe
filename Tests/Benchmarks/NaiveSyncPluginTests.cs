using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Nodes;
using DualWrite.Benchmarks.Setup;
using DualWrite.LocalRun.Environment;
using Microsoft.Xrm.Sdk;
using Xunit;

namespace DualWrite.Tests.Benchmarks;

/// <summary>The comparison is fair: the naive plug-in writes exactly the Finance rows ours writes, for a project, an invoice and its billed-sales actuals.</summary>
public sealed class NaiveSyncPluginTests : IDisposable
{
    private readonly LocalFinance _oursFinance = LocalFinance.Start();
    private readonly LocalFinance _naiveFinance = LocalFinance.Start();
    private readonly SyncOrganization _ours;
    private readonly SyncOrganization _naive;

    public NaiveSyncPluginTests()
    {
        _ours = SyncOrganization.Create(_oursFinance, Contender.Ours);
        _naive = SyncOrganization.Create(_naiveFinance, Contender.Naive);
    }

    [Fact]
    public void ANewAndAChangedProjectBecomeTheSameFinanceRow()
    {
        EntityReference ours = _ours.CreateProject("PRJ-0001");
        EntityReference naive = _naive.CreateProject("PRJ-0001");
        AssertSameRows("ProjCDSProjects", 1);

        _ours.UpdateProject(ours, "Phase 2");
        _naive.UpdateProject(naive, "Phase 2");
        AssertSameRows("ProjCDSProjects", 1);
        Assert.Equal("Phase 2", (string)Rows(_naiveFinance, "ProjCDSProjects").Single()["Description"]!);
    }

    [Fact]
    public void AConfirmedInvoiceBecomesTheSameProposalHeaderAndItsBilledSalesTheSameActuals()
    {
        foreach (SyncOrganization organization in new[] { _ours, _naive })
        {
            EntityReference project = organization.CreateProject("PRJ-0001");
            organization.Confirm(organization.SeedProforma("INV-0001", 3));
            organization.CreateBilledSales(project, "INV-0001", 3);
        }

        AssertSameRows("ProjInvoiceProposalsV2", 1);
        AssertSameRows("ProjActualsImports", 3);
        Assert.Equal("BilledSales", (string)Rows(_naiveFinance, "ProjActualsImports")[0]["TransactionType"]!);
        Assert.Equal(3, _naiveFinance.Host.Log.Entries.Count(e => e.Method == "POST" && e.Url.StartsWith("/data/ProjActualsImports", StringComparison.Ordinal)));
        foreach (LocalFinance finance in new[] { _oursFinance, _naiveFinance })
        {
            // The proposal's lines are Finance's to build: neither sends an invoice line.
            Assert.DoesNotContain(finance.Host.Log.Entries, e => e.Url.Contains("Line", StringComparison.Ordinal));
        }
    }

    [Fact]
    public void TheNaivePluginAsksForATokenAndOpensAConnectionOnEveryExecution()
    {
        EntityReference project = _naive.CreateProject("PRJ-0001");
        _naiveFinance.Host.Log.Clear();

        _naive.UpdateProject(project, "Phase 2");
        _naive.UpdateProject(project, "Phase 3");

        Assert.Equal(2, _naiveFinance.Host.Log.TokenRequests);
        Assert.Equal(2, _naiveFinance.Host.Log.DataRequests);
        Assert.All(_naiveFinance.Host.Log.Entries, e => Assert.Equal("close", e.Headers.GetValueOrDefault("Connection"), StringComparer.OrdinalIgnoreCase));
    }

    public void Dispose()
    {
        _oursFinance.Dispose();
        _naiveFinance.Dispose();
    }

    private void AssertSameRows(string entitySet, int count)
    {
        string[] ours = Rows(_oursFinance, entitySet).Select(Text).Order(StringComparer.Ordinal).ToArray();
        string[] naive = Rows(_naiveFinance, entitySet).Select(Text).Order(StringComparer.Ordinal).ToArray();
        Assert.Equal(count, ours.Length);
        Assert.Equal(ours, naive);
    }

    private static IReadOnlyList<JsonObject> Rows(LocalFinance finance, string entitySet) => finance.Host.Store.Rows(entitySet);

    // The row's fields in name order, without OData annotations.
    private static string Text(JsonObject row) =>
        string.Join(", ", row.Where(p => !p.Key.StartsWith('@')).OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => $"{p.Key}={p.Value?.ToJsonString() ?? "null"}"));
}
