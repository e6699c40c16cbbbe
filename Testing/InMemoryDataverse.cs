using System;
using System.Activities;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using DualWrite.Plugins.Registration;
using DualWrite.Testing.Activities;
using DualWrite.Testing.Messages;
using DualWrite.Testing.Pipeline;
using DualWrite.Testing.Schema;
using DualWrite.Testing.Services;
using DualWrite.Testing.Store;
using Microsoft.Xrm.Sdk;

namespace DualWrite.Testing;

/// <summary>
/// An in-memory Dataverse organization, used the way FakeXrmEasy's XrmFakedContext is: declare tables in
/// <see cref="Schema"/>, <see cref="Initialize(IEnumerable{Entity})"/> rows, register the shipping steps, then save
/// through <see cref="GetOrganizationService()"/> and watch the pipeline run them; or run one plug-in or activity
/// directly with <see cref="ExecutePluginWith{T}(PluginExecutionContext, string?, string?)"/> and
/// <see cref="ExecuteCodeActivity{T}(IDictionary{string, object?}, Entity?)"/>.
/// </summary>
public sealed class InMemoryDataverse
{
    private readonly InMemoryOrganization _organization;
    private readonly ConcurrentDictionary<Type, CodeActivity> _activities = new();

    public InMemoryDataverse()
        : this(() => DateTime.UtcNow)
    {
    }

    /// <param name="clock">The time createdon and modifiedon are stamped with.</param>
    public InMemoryDataverse(Func<DateTime> clock)
    {
        _organization = new InMemoryOrganization(clock ?? throw new ArgumentNullException(nameof(clock)));
    }

    /// <summary>The tables and relationships; declare the ones a test uses (the system tables are there already).</summary>
    public DataverseSchema Schema => _organization.Schema;

    /// <summary>The organization's parts, for the engine's own tests.</summary>
    internal InMemoryOrganization Organization => _organization;

    public OrganizationIdentity Identity => _organization.Identity;

    /// <summary>Every line plug-ins and activities traced, in order.</summary>
    public TraceLog Traces => _organization.Traces;

    /// <summary>The managed identity plug-ins get; program the token it hands out.</summary>
    public FakeManagedIdentityService ManagedIdentity => _organization.ManagedIdentity;

    /// <summary>Services beyond the platform's that plug-ins and activities are offered (a loopback Finance transport, say).</summary>
    public HostServices HostServices => _organization.HostServices;

    /// <summary>The service endpoint notification service plug-ins get; read what they posted.</summary>
    public FakeServiceEndpointNotificationService ServiceEndpointNotifications => _organization.ServiceEndpoints;

    /// <summary>The deepest a chain of nested operations may go before the platform's loop guard refuses it (8).</summary>
    public int MaxDepth
    {
        get => _organization.MaxDepth;
        set => _organization.MaxDepth = value;
    }

    /// <summary>Whether asynchronous steps run as soon as the request that queued them returns (true, the default), or only on <see cref="RunPendingAsyncJobs"/>.</summary>
    public bool RunAsyncJobsAutomatically
    {
        get => _organization.AsyncJobs.RunAutomatically;
        set => _organization.AsyncJobs.RunAutomatically = value;
    }

    /// <summary>How often an asynchronous step asking for a retry (OperationStatus.Retry) is run again before its job is marked Failed (3: the platform makes four attempts).</summary>
    public int AsyncMaximumRetries
    {
        get => _organization.AsyncJobs.MaximumRetries;
        set => _organization.AsyncJobs.MaximumRetries = value;
    }

    public int PendingAsyncJobs
    {
        get
        {
            lock (_organization.SyncRoot)
            {
                return _organization.AsyncJobs.PendingCount;
            }
        }
    }

    public IReadOnlyList<PluginStep> RegisteredSteps => _organization.Steps.All.Select(s => s.Step).ToArray();

    public void RunPendingAsyncJobs()
    {
        lock (_organization.SyncRoot)
        {
            _organization.AsyncJobs.RunPending();
        }
    }

    /// <summary>Stores rows as given (ids and values kept; platform columns filled in), without running any step.</summary>
    public void Initialize(IEnumerable<Entity> entities) => _organization.Seed(entities ?? throw new ArgumentNullException(nameof(entities)));

    public void Initialize(params Entity[] entities) => Initialize((IEnumerable<Entity>)entities);

    /// <summary>A service acting as the test user (<see cref="OrganizationIdentity.CallerUserId"/>).</summary>
    public IOrganizationService GetOrganizationService() => GetOrganizationService(Identity.CallerUserId);

    public IOrganizationService GetOrganizationService(Guid userId) => new OrganizationService(_organization, Caller.User(userId));

    /// <summary>Copies of a table's rows, in the order they were created.</summary>
    public IReadOnlyList<Entity> Records(string table)
    {
        lock (_organization.SyncRoot)
        {
            return _organization.Store.Table(table).All.OrderBy(r => r.Sequence).Select(r => ValueCopy.Of(r.Row)).ToArray();
        }
    }

    /// <summary>A copy of a row, or null when there is none.</summary>
    public Entity? Find(string table, Guid id)
    {
        lock (_organization.SyncRoot)
        {
            return _organization.Store.Find(table, id) is { } row ? ValueCopy.Of(row) : null;
        }
    }

    /// <summary>
    /// Registers a step; the secure configuration is given here because it never ships with the step. The step's table
    /// and every filtering and image attribute must be declared, as the platform refuses to register them otherwise.
    /// </summary>
    public void RegisterStep(PluginStep step, string? secureConfiguration = null) => _organization.RegisterStep(step, secureConfiguration);

    /// <summary>Registers every step the plug-in assembly ships (<see cref="PluginStepCatalog.All"/>), with the secure configuration each needs.</summary>
    public void RegisterShippingSteps(Func<PluginStep, string?>? secureConfiguration = null)
    {
        foreach (PluginStep step in PluginStepCatalog.All)
        {
            RegisterStep(step, secureConfiguration?.Invoke(step));
        }
    }

    /// <summary>
    /// Registers a custom process action (category 3, global, synchronous) whose workflow runs <paramref name="activity"/>,
    /// as importing a solution that defines one does: from then on <c>Execute(new OrganizationRequest(uniqueName))</c>
    /// runs it through its own pipeline, the request's parameters as the activity's inputs and its outputs as the
    /// response's results, in the caller's transaction.
    /// </summary>
    public void RegisterAction(string uniqueName, CodeActivity activity)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(uniqueName);
        ArgumentNullException.ThrowIfNull(activity);
        lock (_organization.SyncRoot)
        {
            _organization.Handlers.Add(new ActionHandler(uniqueName, activity));
        }
    }

    /// <summary>A context as the pipeline would build it for the test user: depth 1, synchronous, in the transaction.</summary>
    public PluginExecutionContext GetDefaultPluginContext() =>
        Identity.Describe(new PluginExecutionContext { IsInTransaction = true }, Identity.CallerUserId, Identity.CallerUserId);

    /// <summary>Creates the plug-in as the platform would (configuration constructor) and runs it once with the context.</summary>
    public T ExecutePluginWith<T>(PluginExecutionContext context, string? unsecureConfiguration = null, string? secureConfiguration = null)
        where T : IPlugin
    {
        var plugin = (T)PluginInstanceFactory.Create(typeof(T), unsecureConfiguration, secureConfiguration);
        ExecutePluginWith(plugin, context);
        return plugin;
    }

    /// <summary>Runs this plug-in instance once with the context; its exception reaches the caller as thrown.</summary>
    public void ExecutePluginWith(IPlugin plugin, PluginExecutionContext context) =>
        DirectPluginRunner.Run(_organization, plugin ?? throw new ArgumentNullException(nameof(plugin)), context ?? throw new ArgumentNullException(nameof(context)));

    /// <summary>Runs the plug-in as a step of the message and stage on this target, with the given images and configuration.</summary>
    public T ExecutePluginWithTarget<T>(Entity target, string message = "Create", int stage = 40, EntityImageCollection? preImages = null, EntityImageCollection? postImages = null, string? unsecureConfiguration = null, string? secureConfiguration = null)
        where T : IPlugin =>
        ExecutePluginWith<T>(ContextFor(target, target.LogicalName!, target.Id, message, stage, preImages, postImages), unsecureConfiguration, secureConfiguration);

    /// <summary>Runs the plug-in as a step of a message whose target is a reference (Delete).</summary>
    public T ExecutePluginWithTarget<T>(EntityReference target, string message = "Delete", int stage = 40, EntityImageCollection? preImages = null, string? unsecureConfiguration = null, string? secureConfiguration = null)
        where T : IPlugin =>
        ExecutePluginWith<T>(ContextFor(target, target.LogicalName!, target.Id, message, stage, preImages, null), unsecureConfiguration, secureConfiguration);

    /// <summary>The services a plug-in gets for a context, for a test that calls Execute itself.</summary>
    public IServiceProvider CreateServiceProvider(IPluginExecutionContext context) =>
        _organization.CreateServiceProvider(context, new CapturingTracingService(Traces, "direct"));

    /// <summary>A workflow context for the test user: a real-time action (synchronous, in the transaction).</summary>
    public WorkflowContext GetDefaultWorkflowContext() => Identity.Describe(new WorkflowContext(), Identity.CallerUserId, Identity.CallerUserId);

    /// <summary>Runs the activity (one cached instance per type, as the platform caches them) on the target; returns its output arguments by name.</summary>
    public IDictionary<string, object?> ExecuteCodeActivity<T>(IDictionary<string, object?> inputs, Entity? target = null)
        where T : CodeActivity, new()
    {
        WorkflowContext context = GetDefaultWorkflowContext();
        if (target is not null)
        {
            context.PrimaryEntityName = target.LogicalName!;
            context.PrimaryEntityId = target.Id;
            context.InputParameters["Target"] = target;
        }

        return ExecuteCodeActivity<T>(context, inputs);
    }

    public IDictionary<string, object?> ExecuteCodeActivity<T>(WorkflowContext context, IDictionary<string, object?> inputs)
        where T : CodeActivity, new() =>
        ExecuteCodeActivity(_activities.GetOrAdd(typeof(T), _ => new T()), context, inputs);

    public IDictionary<string, object?> ExecuteCodeActivity(CodeActivity activity, WorkflowContext context, IDictionary<string, object?> inputs) =>
        CodeActivityRunner.Run(_organization, activity ?? throw new ArgumentNullException(nameof(activity)), context ?? throw new ArgumentNullException(nameof(context)), inputs ?? throw new ArgumentNullException(nameof(inputs)));

    private PluginExecutionContext ContextFor(object target, string table, Guid id, string message, int stage, EntityImageCollection? preImages, EntityImageCollection? postImages)
    {
        PluginExecutionContext context = GetDefaultPluginContext();
        context.MessageName = message;
        context.Stage = stage;
        context.PrimaryEntityName = table;
        context.PrimaryEntityId = id;
        context.IsInTransaction = stage != (int)PipelineStage.PreValidation;
        context.InputParameters["Target"] = target;
        context.PreEntityImages = preImages ?? new EntityImageCollection();
        context.PostEntityImages = postImages ?? new EntityImageCollection();
        return context;
    }
}
