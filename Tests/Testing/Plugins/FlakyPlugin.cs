using System;
using System.Linq;
using DualWrite.Tests.Testing.Support;
using Microsoft.Xrm.Sdk;

namespace DualWrite.Tests.Testing.Plugins;

/// <summary>Asks for a retry on its first two attempts at a job, then succeeds (the attempts are counted in the test's log).</summary>
public sealed class FlakyPlugin : IPlugin
{
    public void Execute(IServiceProvider serviceProvider)
    {
        var context = (IPluginExecutionContext)serviceProvider.GetService(typeof(IPluginExecutionContext))!;
        ExecutionLog.Add("flaky", context, this);
        int attempts = ExecutionLog.Of(context.OrganizationId, "flaky").Count(e => e.Context.OperationId == context.OperationId);
        if (attempts <= 2)
        {
            throw new InvalidPluginExecutionException(OperationStatus.Retry, $"attempt {attempts}: Finance is busy");
        }
    }
}
