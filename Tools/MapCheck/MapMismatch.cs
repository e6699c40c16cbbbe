namespace DualWrite.MapCheck;

/// <summary>One way a map does not fit a schema: the map, the name at fault, what is wrong, and what the schema has instead.</summary>
public sealed class MapMismatch
{
    public MapMismatch(string map, string name, string problem, string? instead = null)
    {
        Map = map;
        Name = name;
        Problem = problem;
        Instead = instead;
    }

    /// <summary>The map's name (salesorders, msdyn_actuals...).</summary>
    public string Map { get; }

    /// <summary>The name at fault: "table.column", "table.column=value", "EntitySet", "EntityType.Property", "EnumType.Member".</summary>
    public string Name { get; }

    public string Problem { get; }

    /// <summary>What the schema has instead, when something comes close (the closest names), or null.</summary>
    public string? Instead { get; }

    public override string ToString() => $"{Map}: {Name}: {Problem}" + (Instead is null ? "" : $" (the schema has {Instead})");
}
