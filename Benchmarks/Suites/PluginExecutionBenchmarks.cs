using System;
using System.Linq;
using BenchmarkDotNet.Attributes;
using DualWrite.Benchmarks.Setup;
using DualWrite.Benchmarks.Suites.Configs;
using DualWrite.LocalRun.Environment;
using DualWrite.Plugins.EntryPoints;
using DualWrite.Plugins.Finance;
using DualWrite.Testing.Pipeline;
using Microsoft.Xrm.Sdk;

namespace DualWrite.Benchmarks.Suites;

/// <summary>
/// In-process cost of one execution of <see cref="OutboundSyncPlugin"/> on an Update of a mapped project: settings,
/// the parent check, the related records, the map, the JSON and its hash, the token (from MSAL's cache), the PATCH and
/// the sync state write. The PATCH is answered in memory by <see cref="AnsweringFinanceTransport"/>, and the executions
/// alternate the project's description, so every one of them really sends. Measured twice: with the in-memory
/// Dataverse answering the plug-in's organization service calls (its query engine and pipeline included), and with
/// those calls answered from memory by <see cref="CannedOrganizationService"/>: the plug-in's own cost.
/// </summary>
[Config(typeof(PerExecutionConfig))]
public class PluginExecutionBenchmarks
{
    private LocalFinance _finance = null!;
    private SyncOrganization _organization = null!;
    private AnsweringFinanceTransport _transport = null!;
    private CannedOrganizationService _canned = null!;
    private OutboundSyncPlugin _plugin = null!;
    private PluginExecutionContext[] _updates = null!;
    private int _next;
    private int _nextAlone;

    [GlobalSetup]
    public void Setup()
    {
        _finance = LocalFinance.Start();
        _organization = SyncOrganization.Create(_finance, Contender.Ours);
        // Created through the emulator, so Finance has the project and its sync state is Synced; the first token is cached.
        EntityReference project = _organization.CreateProject("PRJ-0001");
        _transport = new AnsweringFinanceTransport("ProjCDSProjects");
        _organization.Dataverse.HostServices.Add<IFinanceTransport>(_transport);
        _plugin = new OutboundSyncPlugin(null, _finance.SecureConfiguration);
        _updates = [UpdateOf(project, "Phase 2"), UpdateOf(project, "Phase 3")];

        _canned = new CannedOrganizationService(_organization.Service);
        _canned.AnswerRetrieveOf(_organization.Company);
        _canned.AnswerRetrieveOf(_organization.Customer);
        _canned.AnswerRetrieveOf(_organization.Contract);
        // The project's own sync state (Synced, with the hash of what it was created with) also satisfies the parent check.
        _canned.AnswerQueriesOf("dw_syncstate", _organization.Dataverse.Records("dw_syncstate").Single(s => s.GetAttributeValue<string>("dw_sourceid") == project.Id.ToString("D")));
        _canned.AnswerQueriesOf("dw_outbox");

        const int Checks = 4;
        for (int i = 0; i < Checks; i++)
        {
            UpdateThroughTheInMemoryDataverse();
            UpdateWithTheOrganizationServiceAnsweredFromMemory();
        }

        if (_transport.Answered != 2 * Checks || _canned.PassedOn != 0)
        {
            throw new InvalidOperationException($"{2 * Checks} executions sent {_transport.Answered} PATCHes and passed {_canned.PassedOn} calls on; each must send one and pass none on.");
        }
    }

    [Benchmark(Description = "OutboundSyncPlugin, project Update: in-memory Dataverse")]
    public void UpdateThroughTheInMemoryDataverse() => _organization.Dataverse.ExecutePluginWith(_plugin, _updates[_next++ & 1]);

    [Benchmark(Description = "OutboundSyncPlugin, project Update: plug-in alone")]
    public void UpdateWithTheOrganizationServiceAnsweredFromMemory()
    {
        PluginExecutionContext context = _updates[_nextAlone++ & 1];
        _plugin.Execute(new CannedServices(_organization.Dataverse.CreateServiceProvider(context), _canned));
    }

    [IterationCleanup]
    public void ForgetTraces() => _organization.Dataverse.Traces.Clear();

    [GlobalCleanup]
    public void Cleanup() => _finance.Dispose();

    /// <summary>The context the pipeline gives the Update step: the changed column as Target, every column in the post image.</summary>
    private PluginExecutionContext UpdateOf(EntityReference project, string description)
    {
        Entity image = _organization.Dataverse.Find(project.LogicalName!, project.Id)!;
        image["msdyn_description"] = description;
        PluginExecutionContext context = _organization.Dataverse.GetDefaultPluginContext();
        context.MessageName = "Update";
        context.Stage = 40;
        context.PrimaryEntityName = project.LogicalName!;
        context.PrimaryEntityId = project.Id;
        context.InputParameters["Target"] = new Entity(project.LogicalName!, project.Id) { ["msdyn_description"] = description };
        context.PostEntityImages["Post"] = image;
        return context;
    }
}
