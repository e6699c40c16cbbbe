using System;
using System.Collections.Generic;
using System.Linq;
using DualWrite.Plugins.Maps;
using DualWrite.Schema.Finance;

namespace DualWrite.FitCheck.Fit;

/// <summary>One map's Finance entity set: the map's default and what this Finance publishes its data entity as.</summary>
/// <param name="Resolved">The PublicCollectionName of the map's AOT entity in /Metadata/DataEntities; null when the environment has no such entity (or the map names none).</param>
public sealed record EntitySetResolution(string Map, string? AotName, string DefaultSet, string? Resolved)
{
    /// <summary>True when the environment publishes the entity under another name, which dw_EntitySetOverrides must give.</summary>
    public bool NeedsOverride => Resolved is not null && Resolved != DefaultSet;

    /// <summary>Each map's entity set resolved by its AOT name through the DataEntities rows (Name → PublicCollectionName).</summary>
    public static IReadOnlyList<EntitySetResolution> Resolve(IReadOnlyList<TableMap> maps, FinanceSnapshot finance)
    {
        ArgumentNullException.ThrowIfNull(maps);
        ArgumentNullException.ThrowIfNull(finance);
        return maps.Select(m => new EntitySetResolution(
            m.Name,
            m.FinanceEntity,
            m.EntitySet,
            m.FinanceEntity is null ? null : finance.DataEntities.FirstOrDefault(r => r.Name == m.FinanceEntity)?.PublicCollectionName)).ToArray();
    }

    /// <summary>dw_EntitySetOverrides: map name → entity set, for the maps whose entity set differs here.</summary>
    public static IReadOnlyDictionary<string, string> Overrides(IEnumerable<EntitySetResolution> resolutions) =>
        new SortedDictionary<string, string>(resolutions.Where(r => r.NeedsOverride).ToDictionary(r => r.Map, r => r.Resolved!, StringComparer.Ordinal), StringComparer.Ordinal);
}
