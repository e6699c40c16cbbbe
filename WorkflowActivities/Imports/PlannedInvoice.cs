using System.Collections.Generic;
using Microsoft.Xrm.Sdk;

namespace DualWrite.WorkflowActivities.Imports;

/// <summary>A vendor invoice header and its lines ready to upsert; the lines get the header's id at write time.</summary>
internal sealed class PlannedInvoice
{
    public PlannedInvoice(Entity header, IReadOnlyList<Entity> lines)
    {
        Header = header;
        Lines = lines;
    }

    public Entity Header { get; }

    public IReadOnlyList<Entity> Lines { get; }
}
