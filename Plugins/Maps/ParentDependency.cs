namespace DualWrite.Plugins.Maps;

/// <summary>A record that must reach Finance after its parent: the lookup to the parent and the parent's map.</summary>
public sealed class ParentDependency
{
    public ParentDependency(string lookup, string parentMap)
    {
        Lookup = lookup;
        ParentMap = parentMap;
    }

    public string Lookup { get; }

    /// <summary>The name of the map that sends the parent.</summary>
    public string ParentMap { get; }
}
