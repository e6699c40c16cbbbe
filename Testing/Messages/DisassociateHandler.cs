using DualWrite.Testing.Store;
using Microsoft.Xrm.Sdk;

namespace DualWrite.Testing.Messages;

/// <summary>Disassociate: removes the intersect rows of an N:N pair, or clears the 1:N lookup.</summary>
internal sealed class DisassociateHandler : RelationshipHandler
{
    public override string MessageName => "Disassociate";

    protected override void Link(IntersectLink link, MessageExecution execution)
    {
        foreach (StoredRow row in RowsOf(link, execution.Organization.Store))
        {
            execution.Organization.Store.Remove(link.Relationship.IntersectEntity, row.Row.Id);
        }
    }

    protected override EntityReference? LookupValue(EntityReference parent) => null;
}
