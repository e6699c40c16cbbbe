using System;
using System.Linq;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Workflow;
using Xunit;

namespace DualWrite.Tests.Testing;

/// <summary>Plug-ins and activities are tested inside the in-memory Dataverse; no test builds the platform's services by hand.</summary>
public sealed class NoHandMadeDoublesTests
{
    [Theory]
    [InlineData(typeof(IOrganizationService))]
    [InlineData(typeof(IOrganizationServiceFactory))]
    [InlineData(typeof(IExecutionContext))]
    [InlineData(typeof(IPluginExecutionContext))]
    [InlineData(typeof(IWorkflowContext))]
    [InlineData(typeof(ITracingService))]
    [InlineData(typeof(IManagedIdentityService))]
    [InlineData(typeof(IServiceEndpointNotificationService))]
    public void NoTestTypeImplementsAPlatformService(Type service)
    {
        Type[] doubles = typeof(NoHandMadeDoublesTests).Assembly.GetTypes().Where(t => service.IsAssignableFrom(t) && !t.IsInterface).ToArray();

        Assert.True(doubles.Length == 0, $"Use DualWrite.Testing instead of hand-made {service.Name} implementations: {string.Join(", ", doubles.Select(d => d.FullName))}");
    }
}
