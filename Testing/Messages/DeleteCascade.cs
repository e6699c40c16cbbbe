using System;
using System.Collections.Generic;
using System.Linq;
using DualWrite.Testing.Faults;
using DualWrite.Testing.Schema;
using DualWrite.Testing.Store;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;

namespace DualWrite.Testing.Messages;

/// <summary>
/// What deleting a row does to the rows whose lookups point at it, by each lookup's <see cref="CascadeDelete"/>:
/// Restrict refuses the delete before anything changes; RemoveLink clears the lookup; Cascade deletes them, each
/// through its own Delete pipeline one level deeper and in the same transaction (so a failure undoes the parent's
/// delete and the cleared links too). The pipeline runs this after PreValidation and before PreOperation, where the
/// platform checks Restrict and clears links (jonasr.app/cascadedelete1 observed it; the documentation does not say).
/// </summary>
internal static class DeleteCascade
{
    public static void Apply(TableSchema table, Guid id, MessageExecution execution)
    {
        InMemoryOrganization organization = execution.Organization;
        ReferencingRow[] referencing = ReferencingRows(organization, table.LogicalName, id).ToArray();
        if (referencing.FirstOrDefault(r => r.Column.OnDelete == CascadeDelete.Restrict) is { } restricted)
        {
            throw DataverseFault.CannotDeleteDueToAssociation(table.LogicalName, id, restricted.Table.LogicalName, restricted.Column.LogicalName, restricted.Id);
        }

        foreach (ReferencingRow child in referencing.Where(r => r.Column.OnDelete == CascadeDelete.RemoveLink))
        {
            RemoveLink(child, id, organization);
        }

        foreach (ReferencingRow child in referencing.Where(r => r.Column.OnDelete == CascadeDelete.Cascade))
        {
            // Another path of this cascade may have deleted it already.
            if (organization.Store.Find(child.Table.LogicalName, child.Id) is not null)
            {
                execution.ExecuteChild(new DeleteRequest { Target = new EntityReference(child.Table.LogicalName, child.Id) });
            }
        }
    }

    // The documentation does not say whether clearing the link runs Update steps on the child; the engine runs none
    // and writes the row directly. Only versionnumber moves: it is the row's SQL rowversion, which any write changes.
    private static void RemoveLink(ReferencingRow child, Guid id, InMemoryOrganization organization)
    {
        Entity? stored = organization.Store.Find(child.Table.LogicalName, child.Id);
        if (stored?.Value(child.Column.LogicalName) is not EntityReference reference || reference.Id != id)
        {
            return;
        }

        Entity row = ValueCopy.Of(stored);
        row.Attributes[child.Column.LogicalName] = null;
        organization.Stamper.StampVersion(row);
        organization.Store.Replace(row);
    }

    /// <summary>The rows pointing at the deleted one through a lookup that cascades, by table name then creation order (so cascades run in a stable order).</summary>
    private static IEnumerable<ReferencingRow> ReferencingRows(InMemoryOrganization organization, string table, Guid id)
    {
        foreach (TableSchema referencing in organization.Schema.Tables.OrderBy(t => t.LogicalName, StringComparer.Ordinal))
        {
            ColumnSchema[] lookups = referencing.Columns
                .Where(c => c.Type == ColumnType.Lookup && c.OnDelete != CascadeDelete.NoCascade && c.MayReference(table))
                .ToArray();
            if (lookups.Length == 0)
            {
                continue;
            }

            // Each lookup's index gives the rows pointing at the id; merged in creation order, then by lookup, as a scan of the table would meet them.
            TableRows rows = organization.Store.Table(referencing.LogicalName);
            var pointing = lookups
                .SelectMany((lookup, order) => rows.IndexOn(lookup.LogicalName).Find(id).Select(row => (Row: row, Lookup: lookup, Order: order)))
                .Where(r => r.Row.Row.Value(r.Lookup.LogicalName) is EntityReference reference && reference.LogicalName == table)
                .Where(r => !(referencing.LogicalName == table && r.Row.Row.Id == id))
                .OrderBy(r => r.Row.Sequence)
                .ThenBy(r => r.Order)
                .ToArray();
            foreach (var (row, lookup, _) in pointing)
            {
                yield return new ReferencingRow(referencing, lookup, row.Row.Id);
            }
        }
    }
}
