namespace DualWrite.Tests.Solution.Fixtures;

/// <summary>A plug-in only through its base class, without friendly-name attributes.</summary>
public sealed class InheritedFixturePlugin : FixturePluginBase
{
    /// <summary>A nested plug-in Dataverse cannot see, so it is not registered.</summary>
    private sealed class HiddenPlugin : FixturePluginBase
    {
    }
}
