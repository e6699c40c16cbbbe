using Microsoft.Xrm.Sdk;

namespace DualWrite.LocalRun.DataSet;

/// <summary>One step of a data set: a row to seed, create or update; its id is assigned already, so a retried save is the same record.</summary>
public sealed record DataSetOperation(DataSetOperationKind Kind, Entity Record)
{
    public string Table => Record.LogicalName!;
}
