using Microsoft.Xrm.Sdk;

namespace DualWrite.Common;

/// <summary>
/// What plug-ins and activities alike get from the platform for one execution: the trace log (stamped with the
/// elapsed time) and organization services as the running user and as the user who started the operation.
/// </summary>
internal sealed class ExecutionServices
{
    public ExecutionServices(IExecutionContext context, ITracingService tracing, IOrganizationServiceFactory factory)
    {
        Tracing = new ElapsedTimeTracingService(tracing);
        Factory = factory;
        UserService = factory.CreateOrganizationService(context.UserId);
        InitiatingUserService = factory.CreateOrganizationService(context.InitiatingUserId);
    }

    public ElapsedTimeTracingService Tracing { get; }

    public IOrganizationServiceFactory Factory { get; }

    public IOrganizationService UserService { get; }

    public IOrganizationService InitiatingUserService { get; }

    /// <summary>A service the platform must provide, or an error naming the component and the missing service.</summary>
    public static T Require<T>(T? service, string component, string host)
        where T : class =>
        service ?? throw new InvalidPluginExecutionException($"{component} cannot run: the {host} provided no {typeof(T).Name}.");
}
