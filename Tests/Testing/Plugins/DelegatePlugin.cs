using System;
using Microsoft.Xrm.Sdk;

namespace DualWrite.Tests.Testing.Plugins;

/// <summary>A plug-in whose body the test gives, for running one instance directly (never registered as a step).</summary>
public sealed class DelegatePlugin : IPlugin
{
    private readonly Action<IServiceProvider> _body;

    public DelegatePlugin(Action<IServiceProvider> body)
    {
        _body = body;
    }

    public void Execute(IServiceProvider serviceProvider) => _body(serviceProvider);
}
