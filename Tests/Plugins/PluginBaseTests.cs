using System;
using System.Linq;
using System.ServiceModel;
using DualWrite.Plugins;
using DualWrite.Tests.Support.Doubles;
using Microsoft.Xrm.Sdk;
using Xunit;

namespace DualWrite.Tests.Plugins;

public sealed class PluginBaseTests
{
    private readonly TestPluginExecutionContext _context = new();
    private readonly RecordingTracingService _tracing = new();
    private readonly CountingServiceProvider _services;

    public PluginBaseTests()
    {
        _services = new CountingServiceProvider()
            .With<IPluginExecutionContext>(_context)
            .With<ITracingService>(_tracing)
            .With<IOrganizationServiceFactory>(new UserBoundOrganizationServiceFactory());
    }

    [Fact]
    public void ResolvesEachServiceOnceAndHandsThemToThePlugin()
    {
        var plugin = new DelegatePlugin(context =>
        {
            Assert.Same(_context, context.PluginExecutionContext);
            Assert.Equal(_context.UserId, ((UserBoundOrganizationService)context.PluginUserService).UserId);
            Assert.Equal(_context.InitiatingUserId, ((UserBoundOrganizationService)context.InitiatingUserService).UserId);
            Assert.Null(context.ManagedIdentityService);
            _ = context.PluginExecutionContext;
            _ = context.TracingService;
        });

        plugin.Execute(_services);

        Assert.Equal(1, _services.RequestsFor<IPluginExecutionContext>());
        Assert.Equal(1, _services.RequestsFor<ITracingService>());
        Assert.Equal(1, _services.RequestsFor<IOrganizationServiceFactory>());
    }

    [Fact]
    public void TracesEntryAndExitWithTheCorrelationIdAndElapsedTime()
    {
        new DelegatePlugin(context => context.Trace("mapping {0} columns", 3)).Execute(_services);

        string[] lines = _tracing.Lines.ToArray();
        Assert.Equal(3, lines.Length);
        Assert.Contains($"Entered {typeof(DelegatePlugin).FullName}: Update of msdyn_project {_context.PrimaryEntityId:D}", lines[0]);
        Assert.Contains($"correlation id {_context.CorrelationId:D}", lines[0]);
        Assert.EndsWith("mapping 3 columns", lines[1]);
        Assert.Matches(@"^\[ *\d+\.\d ms\] Exited .*DelegatePlugin after \d+\.\d ms$", lines[2]);
    }

    [Fact]
    public void TracesTextWithBracesVerbatim()
    {
        new DelegatePlugin(context => context.Trace("payload {\"ProjectID\":\"P-1\"}")).Execute(_services);

        Assert.Contains(_tracing.Lines, l => l.EndsWith("payload {\"ProjectID\":\"P-1\"}", StringComparison.Ordinal));
    }

    [Fact]
    public void AnUnexpectedExceptionBecomesAnErrorNamingThePluginMessageTableAndRecord()
    {
        var cause = new InvalidOperationException("Finance URL is not configured");

        var error = Assert.Throws<InvalidPluginExecutionException>(() => new DelegatePlugin(_ => throw cause).Execute(_services));

        Assert.Equal(
            $"{typeof(DelegatePlugin).FullName} failed on Update of msdyn_project {_context.PrimaryEntityId:D}: Finance URL is not configured (System.InvalidOperationException) (correlation id {_context.CorrelationId:D})",
            error.Message);
        Assert.Same(cause, error.InnerException);
        Assert.Equal(OperationStatus.Failed, error.Status);
        Assert.Contains(_tracing.Lines, l => l.Contains("Exited", StringComparison.Ordinal));
    }

    [Fact]
    public void AnInvalidPluginExecutionExceptionReachesThePlatformUnchanged()
    {
        var refusal = new InvalidPluginExecutionException(OperationStatus.Retry, "Finance is throttling; the change will be retried.");

        var error = Assert.Throws<InvalidPluginExecutionException>(() => new DelegatePlugin(_ => throw refusal).Execute(_services));

        Assert.Same(refusal, error);
    }

    [Fact]
    public void ADataverseFaultIsReportedWithItsMessageAndErrorCode()
    {
        var fault = new OrganizationServiceFault { ErrorCode = unchecked((int)0x80040217), Message = "msdyn_project With Id = 00000000-0000-0000-0000-000000000001 Does Not Exist" };

        var error = Assert.Throws<InvalidPluginExecutionException>(() =>
            new DelegatePlugin(_ => throw new FaultException<OrganizationServiceFault>(fault, new FaultReason(fault.Message))).Execute(_services));

        Assert.Contains("Dataverse refused a request: msdyn_project With Id = 00000000-0000-0000-0000-000000000001 Does Not Exist (error 0x80040217)", error.Message);
        Assert.StartsWith(typeof(DelegatePlugin).FullName!, error.Message);
    }

    [Fact]
    public void AMissingPlatformServiceIsNamed()
    {
        var services = new CountingServiceProvider().With<IPluginExecutionContext>(_context).With<ITracingService>(_tracing);

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
        TestPluginExecutionContext[] contexts = Enumerable.Range(0, 64).Select(_ => new TestPluginExecutionContext()).ToArray();

        System.Threading.Tasks.Parallel.ForEach(contexts, context => plugin.Execute(new CountingServiceProvider()
            .With<IPluginExecutionContext>(context)
            .With<ITracingService>(new RecordingTracingService())
            .With<IOrganizationServiceFactory>(new UserBoundOrganizationServiceFactory())));

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
}
