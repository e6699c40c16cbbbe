using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.ServiceModel;
using DualWrite.Plugins;
using DualWrite.Testing;
using DualWrite.Testing.Pipeline;
using DualWrite.Testing.Services;
using Microsoft.Xrm.Sdk;
using Xunit;

namespace DualWrite.Tests.Plugins;

public sealed class PluginBaseTests
{
    private readonly InMemoryDataverse _dataverse = new();
    private readonly PluginExecutionContext _context;
    private readonly Guid _runAsUser = Guid.NewGuid();

    public PluginBaseTests()
    {
        _dataverse.Schema.Define("msdyn_project", t => t.PrimaryName("msdyn_subject"));
        _dataverse.Initialize(new Entity("systemuser", _runAsUser) { ["fullname"] = "Impersonated" });
        _context = _dataverse.GetDefaultPluginContext();
        _context.MessageName = "Update";
        _context.PrimaryEntityName = "msdyn_project";
        _context.PrimaryEntityId = Guid.NewGuid();
        _context.UserId = _runAsUser;
    }

    private string[] TraceLines => _dataverse.Traces.Of(typeof(DelegatePlugin)).ToArray();

    [Fact]
    public void ResolvesEachServiceOnceAndHandsThemToThePlugin()
    {
        Guid created = Guid.Empty;
        var plugin = new DelegatePlugin(context =>
        {
            Assert.Same(_context, context.PluginExecutionContext);
            Assert.Equal(_runAsUser, ((OrganizationService)context.PluginUserService).UserId);
            Assert.Equal(_dataverse.Identity.CallerUserId, ((OrganizationService)context.InitiatingUserService).UserId);
            Assert.Same(_dataverse.ManagedIdentity, context.ManagedIdentityService);
            created = context.PluginUserService.Create(new Entity("msdyn_project"));
            _ = context.PluginExecutionContext;
            _ = context.TracingService;
        });
        var services = new CountingServiceProvider(_dataverse.CreateServiceProvider(_context));

        plugin.Execute(services);

        Assert.Equal(new EntityReference("systemuser", _runAsUser), _dataverse.Find("msdyn_project", created)!["createdby"]);
        Assert.Equal(1, services.RequestsFor<IPluginExecutionContext>());
        Assert.Equal(1, services.RequestsFor<ITracingService>());
        Assert.Equal(1, services.RequestsFor<IOrganizationServiceFactory>());
    }

    [Fact]
    public void TracesEntryAndExitWithTheCorrelationIdAndElapsedTime()
    {
        _dataverse.ExecutePluginWith(new DelegatePlugin(context => context.Trace("mapping {0} columns", 3)), _context);

        string[] lines = TraceLines;
        Assert.Equal(3, lines.Length);
        Assert.Contains($"Entered {typeof(DelegatePlugin).FullName}: Update of msdyn_project {_context.PrimaryEntityId:D}", lines[0]);
        Assert.Contains($"correlation id {_context.CorrelationId:D}", lines[0]);
        Assert.EndsWith("mapping 3 columns", lines[1]);
        Assert.Matches(@"^\[ *\d+\.\d ms\] Exited .*DelegatePlugin after \d+\.\d ms$", lines[2]);
    }

    [Fact]
    public void TracesTextWithBracesVerbatim()
    {
        _dataverse.ExecutePluginWith(new DelegatePlugin(context => context.Trace("payload {\"ProjectID\":\"P-1\"}")), _context);

        Assert.Contains(TraceLines, l => l.EndsWith("payload {\"ProjectID\":\"P-1\"}", StringComparison.Ordinal));
    }

    [Fact]
    public void AnUnexpectedExceptionBecomesAnErrorNamingThePluginMessageTableAndRecord()
    {
        var cause = new InvalidOperationException("Finance URL is not configured");

        var error = Assert.Throws<InvalidPluginExecutionException>(() => _dataverse.ExecutePluginWith(new DelegatePlugin(_ => throw cause), _context));

        Assert.Equal(
            $"{typeof(DelegatePlugin).FullName} failed on Update of msdyn_project {_context.PrimaryEntityId:D}: Finance URL is not configured (System.InvalidOperationException) (correlation id {_context.CorrelationId:D})",
            error.Message);
        Assert.Same(cause, error.InnerException);
        Assert.Equal(OperationStatus.Failed, error.Status);
        Assert.Contains(TraceLines, l => l.Contains("Exited", StringComparison.Ordinal));
    }

    [Fact]
    public void AnInvalidPluginExecutionExceptionReachesThePlatformUnchanged()
    {
        var refusal = new InvalidPluginExecutionException(OperationStatus.Retry, "Finance is throttling; the change will be retried.");

        var error = Assert.Throws<InvalidPluginExecutionException>(() => _dataverse.ExecutePluginWith(new DelegatePlugin(_ => throw refusal), _context));

        Assert.Same(refusal, error);
    }

    [Fact]
    public void ADataverseFaultIsReportedWithItsMessageAndErrorCode()
    {
        Guid missing = Guid.Parse("00000000-0000-0000-0000-000000000001");

        var error = Assert.Throws<InvalidPluginExecutionException>(() =>
            _dataverse.ExecutePluginWith(new DelegatePlugin(context => context.PluginUserService.Delete("msdyn_project", missing)), _context));

        Assert.Contains("Dataverse refused a request: msdyn_project With Id = 00000000-0000-0000-0000-000000000001 Does Not Exist (error 0x80040217)", error.Message);
        Assert.StartsWith(typeof(DelegatePlugin).FullName!, error.Message);
        Assert.IsType<FaultException<OrganizationServiceFault>>(error.InnerException);
    }

    [Fact]
    public void AMissingPlatformServiceIsNamed()
    {
        var services = new CountingServiceProvider(_dataverse.CreateServiceProvider(_context), hidden: typeof(IOrganizationServiceFactory));

        var error = Assert.Throws<InvalidPluginExecutionException>(() => new DelegatePlugin(_ => { }).Execute(services));

        Assert.Equal($"{typeof(DelegatePlugin).FullName} cannot run: the platform provided no IOrganizationServiceFactory.", error.Message);
    }

    [Fact]
    public void TheStepConfigurationReachesThePlugin()
    {
        var plugin = new DelegatePlugin(_ => { }, "{\"mode\":\"live\"}", "client-secret");

        Assert.Equal("{\"mode\":\"live\"}", plugin.Unsecure);
        Assert.Equal("client-secret", plugin.Secure);
    }

    [Fact]
    public void OneSharedInstanceServesConcurrentExecutionsWithoutMixingThemUp()
    {
        var plugin = new DelegatePlugin(context => context.PluginExecutionContext.OutputParameters["seen"] = context.PluginExecutionContext.PrimaryEntityId);
        PluginExecutionContext[] contexts = Enumerable.Range(0, 64).Select(_ =>
        {
            PluginExecutionContext context = _dataverse.GetDefaultPluginContext();
            context.PrimaryEntityId = Guid.NewGuid();
            return context;
        }).ToArray();

        System.Threading.Tasks.Parallel.ForEach(contexts, context => plugin.Execute(_dataverse.CreateServiceProvider(context)));

        Assert.All(contexts, c => Assert.Equal(c.PrimaryEntityId, c.OutputParameters["seen"]));
    }

    private sealed class DelegatePlugin : PluginBase
    {
        private readonly Action<LocalPluginContext> _body;

        public DelegatePlugin(Action<LocalPluginContext> body, string? unsecure = null, string? secure = null)
            : base(unsecure, secure)
        {
            _body = body;
        }

        public string? Unsecure => UnsecureConfiguration;

        public string? Secure => SecureConfiguration;

        protected override void ExecuteDataversePlugin(LocalPluginContext context) => _body(context);
    }

    /// <summary>Wraps the organization's service provider to count what PluginBase asks of it, or to withhold one service.</summary>
    private sealed class CountingServiceProvider : IServiceProvider
    {
        private readonly IServiceProvider _inner;
        private readonly Type? _hidden;
        private readonly ConcurrentDictionary<Type, int> _requests = new();

        public CountingServiceProvider(IServiceProvider inner, Type? hidden = null)
        {
            _inner = inner;
            _hidden = hidden;
        }

        public int RequestsFor<T>() => _requests.GetValueOrDefault(typeof(T));

        public object? GetService(Type serviceType)
        {
            _requests.AddOrUpdate(serviceType, 1, (_, n) => n + 1);
            return serviceType == _hidden ? null : _inner.GetService(serviceType);
        }
    }
}
