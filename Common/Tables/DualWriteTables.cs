using System.Collections.Generic;

namespace DualWrite.Common.Tables;

/// <summary>Every table the solution ships and the code writes.</summary>
internal static class DualWriteTables
{
    public static IReadOnlyList<TableDefinition> All { get; } = [SyncStateTable.Definition, OutboxTable.Definition];
}
