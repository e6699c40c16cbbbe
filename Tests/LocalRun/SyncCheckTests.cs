using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Nodes;
using DualWrite.Common.Tables;
using DualWrite.LocalRun.Check;
using DualWrite.LocalRun.Environment;
using DualWrite.Testing;
using Microsoft.Xrm.Sdk;
using Xunit;

namespace DualWrite.Tests.LocalRun;

/// <summary>
/// The local run's check on a small organization: a resource role saved live reaches Finance's shared role once and a
/// transaction category reaches both legal entities, and every way Finance or the bookkeeping can disagree with
/// Dataverse is reported with the record, map, field and values.
/// </summary>
public sealed class SyncCheckTests : IDisposable
{
    private const string Roles = "ResourceCategoriesShared";
    private const string Categories = "ProjCDSCategories";
    private static readonly string[] LegalEntities = ["usmf", "demf"];
    private readonly LocalFinance _finance = LocalFinance.Start();
    private readonly InMemoryDataverse _dataverse;
    private readonly Guid _role;

    public SyncCheckTests()
    {
        _dataverse = LocalOrganization.Create(_finance, """{"*":"live"}""", """["usmf","demf"]""");
        _dataverse.RegisterShippingSteps(_ => _finance.SecureConfiguration);
        IOrganizationService service = _dataverse.GetOrganizationService();
        _role = service.Create(new Entity("bookableresourcecategory") { ["name"] = "Developer", ["description"] = "Writes code" });
        service.Create(new Entity("msdyn_transactioncategory") { ["msdyn_name"] = "Labor" });
    }

    [Fact]
    public void PassesWhenFinanceHoldsTheRoleOnceAndTheCategoryOncePerLegalEntity()
    {
        CheckVerdict verdict = Check();

        Assert.True(verdict.Passed, string.Join("\n", verdict.Differences));
        Assert.Equal(3, verdict.ExpectedRows);
        Assert.Equal(3, verdict.FinanceRows);
        Assert.Equal(3, verdict.SyncStates);
        Assert.Single(_finance.Host.Store.Rows(Roles));
        Assert.Equal(["demf", "usmf"], _finance.Host.Store.Rows(Categories).Select(r => (string?)r["dataAreaId"]).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void NamesTheRecordMapFieldAndBothValuesOfAFieldFinanceHoldsDifferently()
    {
        JsonObject row = _finance.Host.Store.Rows(Roles).Single();
        row["Description"] = "Tests code";
        _finance.Host.Store.Seed(Roles, row);

        CheckDifference difference = Assert.Single(Check().Differences);

        Assert.Equal($"bookableresourcecategory {_role:D}", difference.Subject);
        Assert.Equal("bookableresourcecategories", difference.Map);
        Assert.Equal("Description", difference.Field);
        Assert.Equal("\"Writes code\"", difference.Expected);
        Assert.Equal("\"Tests code\"", difference.Actual);
        Assert.Contains("RoleId=\"Developer\"", difference.Problem);
    }

    [Fact]
    public void ReportsAFinanceRowNoRecordAccountsFor()
    {
        _finance.Host.Store.Seed(Categories, new JsonObject { ["dataAreaId"] = "usmf", ["CategoryId"] = "Stray", ["IntegrationId"] = Guid.NewGuid().ToString("D") });

        CheckDifference difference = Assert.Single(Check().Differences);

        Assert.Equal($"Finance row (dataAreaId=\"usmf\",CategoryId=\"Stray\") in {Categories}", difference.Subject);
        Assert.Equal("no Dataverse record accounts for it", difference.Problem);
    }

    [Fact]
    public void ReportsARecordFinanceNeverReceivedAndItsMissingSyncStates()
    {
        var unsent = new Entity("msdyn_transactioncategory", Guid.NewGuid()) { ["msdyn_name"] = "Travel" };
        _dataverse.Initialize(unsent);

        IReadOnlyList<CheckDifference> differences = Check().Differences;

        Assert.Equal(4, differences.Count);
        Assert.All(differences, d => Assert.Equal($"msdyn_transactioncategory {unsent.Id:D}", d.Subject));
        Assert.Contains(differences, d => d.Problem == $"Finance holds no row under (dataAreaId=\"usmf\",CategoryId=\"Travel\") in {Categories}");
        Assert.Contains(differences, d => d.Problem == "has no sync state for demf");
    }

    [Fact]
    public void ReportsAFailedSyncStateAPendingOutboxChangeAndWhatTheRunSawGoWrong()
    {
        Entity state = _dataverse.Records(SyncStateTable.LogicalName).First();
        _dataverse.GetOrganizationService().Update(new Entity(SyncStateTable.LogicalName, state.Id)
        {
            [SyncStateTable.Columns.Status] = new OptionSetValue(SyncStateTable.Status.Failed),
            [SyncStateTable.Columns.LastError] = "Finance said no",
        });
        _dataverse.Initialize(OutboxTable.PendingChange("change", "change-1", "bookableresourcecategories", "bookableresourcecategory", _role, OutboxTable.Operation.Upsert, Guid.NewGuid()));
        var refused = new CheckDifference("msdyn_actual 1", "actuals", "Finance's Posted confirmation was not applied: stale");

        IReadOnlyList<CheckDifference> differences = SyncCheck.Run(_dataverse, _finance.Host.Store, LegalEntities, [refused], confirmations: 1).Differences;

        Assert.Equal(3, differences.Count);
        Assert.Contains(differences, d => d.Problem.StartsWith("its sync state for ", StringComparison.Ordinal) && d.Problem.EndsWith("is Failed, not Synced or Confirmed: Finance said no", StringComparison.Ordinal));
        Assert.Contains(differences, d => d.Problem == "its outbox change is still Pending" && d.Subject == $"bookableresourcecategory {_role:D}");
        Assert.Contains(refused, differences);
    }

    public void Dispose() => _finance.Dispose();

    private CheckVerdict Check() => SyncCheck.Run(_dataverse, _finance.Host.Store, LegalEntities, [], confirmations: 0);
}
