using System.Collections.Generic;
using System.Linq;
using DualWrite.Plugins.Maps;

namespace DualWrite.Plugins.Finance;

/// <summary>
/// The Finance entities the shipping maps write (with their default entity sets): what the emulator serves. Derived
/// from the table maps, so it is never kept by hand.
/// </summary>
public static class FinanceEntityCatalog
{
    public static IReadOnlyList<FinanceEntityDefinition> All { get; } = TableMaps.All.Select(MapEntityDefinitions.For).ToArray();
}
