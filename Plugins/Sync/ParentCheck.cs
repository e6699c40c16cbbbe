using System;
using System.Linq;
using DualWrite.Plugins.Maps;
using Microsoft.Xrm.Sdk;

namespace DualWrite.Plugins.Sync;

/// <summary>Order and dependencies: a record goes to Finance only after the parents its map names have.</summary>
internal static class ParentCheck
{
    /// <summary>The first parent the record points to that Finance has not accepted yet; null when there is none.</summary>
    public static MissingParent? FirstMissing(TableMap map, Entity record, SyncStateStore states)
    {
        foreach (ParentDependency parent in map.Parents)
        {
            if (parent.ParentId(record) is Guid id && !states.HasReachedFinance(parent.ParentMap, id))
            {
                TableMap parentMap = TableMaps.Named(parent.ParentMap);
                return new MissingParent(parentMap.Name, parentMap.SourceTable, id);
            }
        }

        return null;
    }

    public static string Describe(TableMap map, Entity record, MissingParent parent) =>
        $"{record.LogicalName} {record.Id:D} cannot be sent to Finance (map '{map.Name}') before its parent: {parent} has not reached Finance yet.";
}
