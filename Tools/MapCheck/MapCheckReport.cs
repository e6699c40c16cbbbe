using System.Collections.Generic;
using System.Linq;

namespace DualWrite.MapCheck;

/// <summary>The map check's answer: every mismatch, by map, and which maps fit.</summary>
public sealed class MapCheckReport
{
    public MapCheckReport(IReadOnlyList<string> maps, IReadOnlyList<MapMismatch> mismatches)
    {
        Maps = maps;
        Mismatches = mismatches;
    }

    /// <summary>The maps checked, by name.</summary>
    public IReadOnlyList<string> Maps { get; }

    public IReadOnlyList<MapMismatch> Mismatches { get; }

    public bool Fits => Mismatches.Count == 0;

    public bool MapFits(string map) => Mismatches.All(m => m.Map != map);

    public IEnumerable<MapMismatch> Of(string map) => Mismatches.Where(m => m.Map == map);

    public override string ToString() => Fits ? $"All {Maps.Count} maps fit." : string.Join("\n", Mismatches);
}
