using System.Collections.Generic;
using DualWrite.Plugins.EntryPoints;

namespace DualWrite.Plugins.Registration;

/// <summary>
/// Every step the plug-in assembly ships. The solution build generates its step XML from this list and the
/// in-memory pipeline registers it, so there is one registration, not one per consumer.
/// </summary>
public static class PluginStepCatalog
{
    /// <summary>The shipping steps, derived from the table maps.</summary>
    public static IReadOnlyList<PluginStep> All { get; } = OutboundSteps.All;
}
