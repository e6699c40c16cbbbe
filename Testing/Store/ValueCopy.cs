using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.Xrm.Sdk;

namespace DualWrite.Testing.Store;

/// <summary>
/// Copies records and column values in and out of the store, so no caller holds a reference into a stored row
/// and a plug-in changing an image or a retrieved record changes nothing stored.
/// </summary>
internal static class ValueCopy
{
    public static object? Of(object? value) => value switch
    {
        null => null,
        EntityReference reference => Of(reference),
        Money money => new Money(money.Value),
        OptionSetValue option => new OptionSetValue(option.Value),
        OptionSetValueCollection options => new OptionSetValueCollection(options.Select(o => new OptionSetValue(o.Value)).ToList()),
        Entity entity => Of(entity),
        EntityCollection collection => Of(collection),
        EntityReferenceCollection references => new EntityReferenceCollection(references.Select(Of).ToList()),
        AliasedValue aliased => new AliasedValue(aliased.EntityLogicalName!, aliased.AttributeLogicalName!, Of(aliased.Value)!),
        byte[] bytes => bytes.ToArray(),
        _ => value,
    };

    public static EntityReference Of(EntityReference reference)
    {
        var copy = new EntityReference { LogicalName = reference.LogicalName, Id = reference.Id, Name = reference.Name, RowVersion = reference.RowVersion };
        CopyKeys(reference.KeyAttributes, copy.KeyAttributes);
        return copy;
    }

    public static Entity Of(Entity entity) => Of(entity, null);

    /// <summary>A copy holding only the given columns (all when null).</summary>
    public static Entity Of(Entity entity, IEnumerable<string>? columns)
    {
        var copy = new Entity(entity.LogicalName!) { Id = entity.Id, RowVersion = entity.RowVersion, EntityState = entity.EntityState };
        if (columns is null)
        {
            foreach (KeyValuePair<string, object?> attribute in entity.Attributes)
            {
                copy.Attributes[attribute.Key] = Of(attribute.Value);
            }
        }
        else
        {
            foreach (string column in columns)
            {
                if (entity.Attributes.TryGetValue(column, out object? value))
                {
                    copy.Attributes[column] = Of(value);
                }
            }
        }

        CopyKeys(entity.KeyAttributes, copy.KeyAttributes);
        return copy;
    }

    public static EntityCollection Of(EntityCollection collection) =>
        new(collection.Entities.Select(Of).ToList())
        {
            EntityName = collection.EntityName,
            MoreRecords = collection.MoreRecords,
            PagingCookie = collection.PagingCookie,
            TotalRecordCount = collection.TotalRecordCount,
            TotalRecordCountLimitExceeded = collection.TotalRecordCountLimitExceeded,
            MinActiveRowVersion = collection.MinActiveRowVersion,
        };

    public static ParameterCollection Of(ParameterCollection parameters)
    {
        var copy = new ParameterCollection();
        foreach (KeyValuePair<string, object?> parameter in parameters)
        {
            copy[parameter.Key] = Of(parameter.Value);
        }

        return copy;
    }

    private static void CopyKeys(KeyAttributeCollection from, KeyAttributeCollection to)
    {
        foreach (KeyValuePair<string, object> key in from)
        {
            to[key.Key] = Of(key.Value)!;
        }
    }
}
