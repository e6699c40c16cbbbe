using DualWrite.Testing.Services;

namespace DualWrite.Testing.Pipeline;

/// <summary>Calls a step's cached plug-in with the services of one execution; whatever it throws escapes as thrown.</summary>
internal static class StepInvoker
{
    public static void Invoke(InMemoryOrganization organization, StepRegistration step, PluginExecutionContext context)
    {
        var tracing = new CapturingTracingService(organization.Traces, step.Step.Name);
        step.Instance.Execute(organization.CreateServiceProvider(context, tracing));
    }
}
