using System;
using Microsoft.Xrm.Sdk;

namespace DualWrite.Tests.Solution.Fixtures;

/// <summary>An abstract plug-in base: never registered itself, but makes its subclasses plug-ins.</summary>
public abstract class FixturePluginBase : IPlugin
{
    public void Execute(IServiceProvider serviceProvider)
    {
    }
}
