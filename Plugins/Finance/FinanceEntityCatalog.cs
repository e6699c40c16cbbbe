using System.Collections.Generic;

namespace DualWrite.Plugins.Finance;

/// <summary>
/// The Finance entities the shipping maps write to: what the emulator serves when it runs standalone. Empty until
/// the table maps exist; they will produce this list, so it is never kept by hand.
/// </summary>
public static class FinanceEntityCatalog
{
    public static IReadOnlyList<FinanceEntityDefinition> All { get; } = [];
}
