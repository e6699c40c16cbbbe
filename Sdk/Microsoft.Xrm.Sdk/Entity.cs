using System;
using System.Collections.Generic;
using System.Linq;
using System.Runtime.Serialization;

namespace Microsoft.Xrm.Sdk;

/// <summary>
/// A record: its table, id and column values. The indexer throws for a column the record does not carry;
/// GetAttributeValue returns the type's default instead. Id is kept apart from the "&lt;table&gt;id" column.
/// </summary>
[DataContract(Namespace = XrmNamespaces.Contracts)]
public class Entity : IExtensibleDataObject
{
    private AttributeCollection _attributes = new();
    private KeyAttributeCollection _keyAttributes = new();

    public Entity()
    {
    }

    public Entity(string entityName)
    {
        LogicalName = entityName;
    }

    public Entity(string entityName, Guid id)
    {
        LogicalName = entityName;
        Id = id;
    }

    public Entity(string entityName, string keyName, object keyValue)
    {
        LogicalName = entityName;
        _keyAttributes[keyName] = keyValue;
    }

    public Entity(string entityName, KeyAttributeCollection keyAttributes)
    {
        LogicalName = entityName;
        KeyAttributes = keyAttributes;
    }

    // Null only on a record made with the parameterless constructor and not yet filled in.
    [DataMember]
    public string? LogicalName { get; set; }

    [DataMember]
    public virtual Guid Id { get; set; }

    [DataMember]
    public AttributeCollection Attributes
    {
        get => _attributes;
        set => _attributes = value ?? new AttributeCollection();
    }

    [DataMember]
    public EntityState? EntityState { get; set; }

    [DataMember]
    public FormattedValueCollection FormattedValues { get; internal set; } = new();

    [DataMember]
    public RelatedEntityCollection RelatedEntities { get; internal set; } = new();

    [DataMember]
    public string? RowVersion { get; set; }

    [DataMember]
    public KeyAttributeCollection KeyAttributes
    {
        get => _keyAttributes;
        set => _keyAttributes = value ?? new KeyAttributeCollection();
    }

    public ExtensionDataObject? ExtensionData { get; set; }

    /// <summary>Reads a column (KeyNotFoundException when the record does not carry it) or sets one.</summary>
    public object? this[string attributeName]
    {
        get => _attributes[attributeName];
        set => _attributes[attributeName] = value;
    }

    /// <summary>Whether the record carries the column, even with a null value.</summary>
    public bool Contains(string attributeName) => _attributes.Contains(attributeName);

    /// <summary>
    /// The column's value, or default(T) when the record does not carry it or carries null.
    /// A value of another type throws InvalidCastException.
    /// </summary>
    public virtual T? GetAttributeValue<T>(string attributeLogicalName)
    {
        if (!_attributes.TryGetValue(attributeLogicalName, out object? value) || value is null)
        {
            return default;
        }

        return (T)value;
    }

    /// <summary>True when the record carries the column with a value of type T (or null, when T accepts null).</summary>
    public bool TryGetAttributeValue<T>(string attributeKey, out T? result)
    {
        if (_attributes.TryGetValue(attributeKey, out object? value))
        {
            if (value is T typed)
            {
                result = typed;
                return true;
            }

            if (value is null && default(T) is null)
            {
                result = default;
                return true;
            }
        }

        result = default;
        return false;
    }

    public EntityReference ToEntityReference()
    {
        return new EntityReference
        {
            LogicalName = LogicalName,
            Id = Id,
            KeyAttributes = KeyAttributes,
            RowVersion = RowVersion,
        };
    }

    /// <summary>
    /// The record as a T: a new T sharing this record's collections (attributes, formatted values, keys,
    /// related entities), so a change through either is seen by both.
    /// </summary>
    public T ToEntity<T>()
        where T : Entity
    {
        T target = typeof(T) == typeof(Entity)
            ? (T)new Entity()
            : (T)(Activator.CreateInstance(typeof(T), nonPublic: true)
                ?? throw new NotSupportedException($"Cannot create an instance of {typeof(T)}."));

        // An early-bound class's constructor sets its own table; a different one means a conversion that cannot hold.
        if (target.LogicalName is not null && LogicalName is not null && !string.Equals(target.LogicalName, LogicalName, StringComparison.Ordinal))
        {
            throw new NotSupportedException($"Cannot convert a {LogicalName} record to {typeof(T).Name}, which is a {target.LogicalName}.");
        }

        target.LogicalName = LogicalName;
        target.Id = Id;
        target.Attributes = Attributes;
        target.EntityState = EntityState;
        target.FormattedValues = FormattedValues;
        target.KeyAttributes = KeyAttributes;
        target.RelatedEntities = RelatedEntities;
        target.RowVersion = RowVersion;
        target.ExtensionData = ExtensionData;
        return target;
    }

    protected virtual void SetAttributeValue(string attributeLogicalName, object? value)
    {
        _attributes[attributeLogicalName] = value;
    }

    /// <summary>The column's formatted value, or null when there is none.</summary>
    protected virtual string? GetFormattedAttributeValue(string attributeLogicalName) =>
        FormattedValues.TryGetValue(attributeLogicalName, out string? value) ? value : null;

    protected virtual IEnumerable<TEntity>? GetRelatedEntities<TEntity>(string relationshipSchemaName, EntityRole? primaryEntityRole)
        where TEntity : Entity
    {
        var relationship = new Relationship(relationshipSchemaName) { PrimaryEntityRole = primaryEntityRole };
        return RelatedEntities.TryGetValue(relationship, out EntityCollection? related)
            ? related.Entities.Select(e => e.ToEntity<TEntity>()).ToList()
            : null;
    }

    protected virtual TEntity? GetRelatedEntity<TEntity>(string relationshipSchemaName, EntityRole? primaryEntityRole)
        where TEntity : Entity =>
        GetRelatedEntities<TEntity>(relationshipSchemaName, primaryEntityRole)?.FirstOrDefault();

    /// <summary>Replaces the related records; null removes the relationship from the record.</summary>
    protected virtual void SetRelatedEntities<TEntity>(string relationshipSchemaName, EntityRole? primaryEntityRole, IEnumerable<TEntity>? entities)
        where TEntity : Entity
    {
        var relationship = new Relationship(relationshipSchemaName) { PrimaryEntityRole = primaryEntityRole };
        if (entities is null)
        {
            RelatedEntities.Remove(relationship);
            return;
        }

        var list = entities.Cast<Entity>().ToList();
        RelatedEntities[relationship] = new EntityCollection(list) { EntityName = list.FirstOrDefault()?.LogicalName };
    }

    protected virtual void SetRelatedEntity<TEntity>(string relationshipSchemaName, EntityRole? primaryEntityRole, TEntity? entity)
        where TEntity : Entity
    {
        SetRelatedEntities(relationshipSchemaName, primaryEntityRole, entity is null ? null : new[] { entity });
    }
}
