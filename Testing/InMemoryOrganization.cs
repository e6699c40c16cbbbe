using System;
using System.Collections.Generic;
using System.Linq;
using DualWrite.Plugins.Registration;
using DualWrite.Testing.Messages;
using DualWrite.Testing.Pipeline;
using DualWrite.Testing.Query;
using DualWrite.Testing.Schema;
using DualWrite.Testing.Services;
using DualWrite.Testing.Store;
using Microsoft.Xrm.Sdk;

namespace DualWrite.Testing;

/// <summary>
/// What one in-memory Dataverse organization is made of, wired together: schema, store, query engine, message
/// handlers, registered steps, the event pipeline, the asynchronous service and the platform services plug-ins get.
/// Every request runs under <see cref="SyncRoot"/>, so concurrent callers see one operation at a time.
/// </summary>
internal sealed class InMemoryOrganization
{
    public InMemoryOrganization(Func<DateTime> clock)
    {
        SystemTables.AddTo(Schema);
        Store = new RecordStore(Schema);
        Validator = new RowValidator(Schema, Store);
        Stamper = new RowStamper(clock);
        Queries = new QueryRunner(Schema, Store);
        Pipeline = new EventPipeline(this);
        AsyncJobs = new AsyncJobQueue(this);
        SeedPlatformRows();
    }

    public object SyncRoot { get; } = new();

    public OrganizationIdentity Identity { get; } = new();

    public DataverseSchema Schema { get; } = new();

    public RecordStore Store { get; }

    public RowValidator Validator { get; }

    public RowStamper Stamper { get; }

    public QueryRunner Queries { get; }

    public MessageHandlers Handlers { get; } = new();

    public StepRegistry Steps { get; } = new();

    public EventPipeline Pipeline { get; }

    public AsyncJobQueue AsyncJobs { get; }

    public TraceLog Traces { get; } = new();

    public FakeManagedIdentityService ManagedIdentity { get; } = new();

    public FakeServiceEndpointNotificationService ServiceEndpoints { get; } = new();

    public HostServices HostServices { get; } = new();

    /// <summary>The deepest a chain of nested operations may go (the platform's default is 8).</summary>
    public int MaxDepth { get; set; } = 8;

    /// <summary>
    /// Registers a step, refusing one the platform refuses at registration: a table it does not have, or a filtering
    /// or image attribute the table does not have (the platform's unknown-table and unknown-column faults).
    /// </summary>
    public StepRegistration RegisterStep(PluginStep step, string? secureConfiguration)
    {
        ArgumentNullException.ThrowIfNull(step);
        TableSchema table = Schema.Table(step.PrimaryEntity);
        foreach (string column in step.FilteringAttributes.Concat(step.Images.SelectMany(i => i.Attributes)))
        {
            table.Column(column);
        }

        return Steps.Register(step, secureConfiguration);
    }

    public OrganizationResponse Execute(OrganizationRequest request, Caller caller) => Pipeline.Execute(request, caller);

    public PluginServiceProvider CreateServiceProvider(IPluginExecutionContext context, ITracingService tracing) =>
        new(context, tracing, new OrganizationServiceFactory(this, context), ManagedIdentity, ServiceEndpoints, HostServices);

    /// <summary>
    /// Stores seed rows as they are (their ids, their values), setting only the platform columns they leave out. The
    /// rows are checked against the schema once all are in, so they may refer to each other; one bad row stores none.
    /// </summary>
    public void Seed(IEnumerable<Entity> records)
    {
        lock (SyncRoot)
        {
            if (Store.Transaction is not null)
            {
                throw new InvalidOperationException("Initialize cannot run while an operation is in progress.");
            }

            Transactions.Run(Store, () =>
            {
                var rows = new List<(TableSchema Table, Entity Row)>();
                foreach (Entity record in records)
                {
                    TableSchema table = Schema.Table(record.LogicalName);
                    Entity row = ValueCopy.Of(record);
                    row.Id = RecordLocator.IdOf(table, record) is { } id && id != Guid.Empty ? id : Guid.NewGuid();
                    row.Attributes[table.PrimaryIdAttribute] = row.Id;
                    row.KeyAttributes.Clear();
                    Stamper.StampSeed(table, row, Identity.SystemUserId);
                    Store.Insert(row);
                    rows.Add((table, row));
                }

                foreach (var (table, row) in rows)
                {
                    Validator.Validate(table, row);
                }

                return rows.Count;
            });
        }
    }

    private void SeedPlatformRows()
    {
        var businessUnit = new Entity(SystemTables.BusinessUnit, Identity.BusinessUnitId) { ["name"] = Identity.OrganizationName };
        var organization = new Entity(SystemTables.Organization, Identity.OrganizationId) { ["name"] = Identity.OrganizationName };
        Entity User(Guid id, string name) => new(SystemTables.SystemUser, id)
        {
            ["fullname"] = name,
            ["businessunitid"] = new EntityReference(SystemTables.BusinessUnit, Identity.BusinessUnitId),
            ["isdisabled"] = false,
        };
        Seed(new[] { businessUnit, organization, User(Identity.SystemUserId, "SYSTEM"), User(Identity.CallerUserId, "Test User") }.ToList());
    }
}
