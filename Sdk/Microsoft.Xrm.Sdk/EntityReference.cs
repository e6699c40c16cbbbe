using System;
using System.Collections.Generic;
using System.Runtime.Serialization;

namespace Microsoft.Xrm.Sdk;

/// <summary>
/// Points at a record by table and id, or by table and alternate key. Two references are equal when they
/// name the same table, id and key values; the display Name plays no part.
/// </summary>
[DataContract(Namespace = XrmNamespaces.Contracts)]
public sealed class EntityReference : IExtensibleDataObject
{
    private KeyAttributeCollection _keyAttributes = new();

    public EntityReference()
    {
    }

    public EntityReference(string logicalName)
    {
        LogicalName = logicalName;
    }

    public EntityReference(string logicalName, Guid id)
    {
        LogicalName = logicalName;
        Id = id;
    }

    public EntityReference(string logicalName, string keyName, object keyValue)
    {
        LogicalName = logicalName;
        _keyAttributes[keyName] = keyValue;
    }

    public EntityReference(string logicalName, KeyAttributeCollection keyAttributeCollection)
    {
        LogicalName = logicalName;
        KeyAttributes = keyAttributeCollection;
    }

    [DataMember]
    public Guid Id { get; set; }

    // Null only on a reference made with the parameterless constructor and not yet filled in.
    [DataMember]
    public string? LogicalName { get; set; }

    [DataMember]
    public string? Name { get; set; }

    [DataMember]
    public KeyAttributeCollection KeyAttributes
    {
        get => _keyAttributes;
        set => _keyAttributes = value ?? new KeyAttributeCollection();
    }

    [DataMember]
    public string? RowVersion { get; set; }

    public ExtensionDataObject? ExtensionData { get; set; }

    public override bool Equals(object? obj)
    {
        if (ReferenceEquals(this, obj))
        {
            return true;
        }

        return obj is EntityReference other
            && Id == other.Id
            && string.Equals(LogicalName, other.LogicalName, StringComparison.Ordinal)
            && SameKeys(_keyAttributes, other._keyAttributes);
    }

    public override int GetHashCode()
    {
        int hash = Id.GetHashCode();
        hash = (hash * 397) ^ (LogicalName is null ? 0 : StringComparer.Ordinal.GetHashCode(LogicalName));

        // Order-independent, so it agrees with SameKeys whatever order the keys were added in.
        int keys = 0;
        foreach (KeyValuePair<string, object> pair in _keyAttributes)
        {
            keys ^= StringComparer.Ordinal.GetHashCode(pair.Key) ^ (pair.Value?.GetHashCode() ?? 0);
        }

        return (hash * 397) ^ keys;
    }

    private static bool SameKeys(KeyAttributeCollection left, KeyAttributeCollection right)
    {
        if (left.Count != right.Count)
        {
            return false;
        }

        foreach (KeyValuePair<string, object> pair in left)
        {
            if (!right.TryGetValue(pair.Key, out object? value) || !Equals(pair.Value, value))
            {
                return false;
            }
        }

        return true;
    }
}
