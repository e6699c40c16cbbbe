using System;
using System.ComponentModel;
using Microsoft.Xrm.Sdk;

namespace DualWrite.Tests.Solution.Fixtures;

/// <summary>A plug-in carrying the friendly-name attributes the solution generator reads.</summary>
[DisplayName("Fixture: project sync")]
[Description("Sends fixture projects to Finance.")]
public sealed class DecoratedFixturePlugin : IPlugin
{
    public void Execute(IServiceProvider serviceProvider)
    {
    }
}
