using System.Collections.Generic;

namespace DualWrite.Plugins.Maps;

/// <summary>
/// One Finance row a record becomes: the company (or shared variant) it goes to, which is what its sync state is
/// kept per, and the key fields that place it there (dataAreaId for a company).
/// </summary>
public sealed class MapPartition
{
    public MapPartition(string name, IReadOnlyList<KeyValuePair<string, object>> keyFields)
    {
        Name = name;
        KeyFields = keyFields;
    }

    /// <summary>The company code (dataAreaId), or the shared variant's value; the sync state's legal entity.</summary>
    public string Name { get; }

    public IReadOnlyList<KeyValuePair<string, object>> KeyFields { get; }
}
