using System;
using System.Threading;
using DualWrite.Plugins.Registration;
using Microsoft.Xrm.Sdk;

namespace DualWrite.Testing.Pipeline;

/// <summary>
/// A registered step: the shipping definition, the secure configuration supplied at registration (it never ships),
/// and the one plug-in instance the platform creates for the step and reuses for every execution.
/// </summary>
internal sealed class StepRegistration
{
    private readonly Lazy<IPlugin> _instance;

    public StepRegistration(PluginStep step, string? secureConfiguration, long order)
    {
        Step = step;
        SecureConfiguration = secureConfiguration;
        Order = order;
        Id = Guid.NewGuid();
        _instance = new Lazy<IPlugin>(() => PluginInstanceFactory.Create(step.PluginType, step.UnsecureConfiguration, secureConfiguration), LazyThreadSafetyMode.ExecutionAndPublication);
    }

    public PluginStep Step { get; }

    public string? SecureConfiguration { get; }

    /// <summary>The sdkmessageprocessingstep id the contexts of this step carry as OwningExtension.</summary>
    public Guid Id { get; }

    /// <summary>Registration order: breaks ties between steps of the same rank.</summary>
    public long Order { get; }

    public IPlugin Instance => _instance.Value;

    public EntityReference Reference => new("sdkmessageprocessingstep", Id) { Name = Step.Name };
}
