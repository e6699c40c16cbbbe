using Microsoft.Xrm.Sdk;

namespace DualWrite.WorkflowActivities.Writes;

/// <summary>The record an upsert wrote, and whether it created it.</summary>
internal sealed class InboundWriteResult
{
    public InboundWriteResult(EntityReference record, bool created)
    {
        Record = record;
        Created = created;
    }

    public EntityReference Record { get; }

    public bool Created { get; }
}
