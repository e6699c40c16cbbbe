using Microsoft.Xrm.Sdk;

namespace DualWrite.Common;

/// <summary>
/// What plug-ins and activities alike get from the platform for one execution: the trace log (stamped with the
/// elapsed time) and organization services as the running user and as the user who started the operation.
/// </summary>
internal sealed class ExecutionServices
{
    private readonly IExecutionContext _context;
    private IOrganizationService? _initiatingUserService;

    public ExecutionServices(IExecutionContext context, ITracingService tracing, IOrganizationServiceFactory factory)
    {
        _context = context;
        Tracing = new ElapsedTimeTracingService(tracing);
        Factory = factory;
        UserService = factory.CreateOrganizationService(context.UserId);
    }

    public ElapsedTimeTracingService Tracing { get; }

    public IOrganizationServiceFactory Factory { get; }

    public IOrganizationService UserService { get; }

    /// <summary>Made on first use: most executions never act as the initiating user (this instance is one execution's alone).</summary>
    public IOrganizationService InitiatingUserService => _initiatingUserService ??= Factory.CreateOrganizationService(_context.InitiatingUserId);

    /// <summary>A service the platform must provide, or an error naming the component and the missing service.</summary>
    public static T Require<T>(T? service, string component, string host)
        where T : class =>
        service ?? throw new InvalidPluginExecutionException($"{component} cannot run: the {host} provided no {typeof(T).Name}.");
}
