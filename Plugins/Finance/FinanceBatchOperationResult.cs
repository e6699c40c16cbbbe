using System.Collections.Generic;

namespace DualWrite.Plugins.Finance;

/// <summary>Finance's answer to one operation of a change set that was applied.</summary>
public sealed class FinanceBatchOperationResult
{
    public FinanceBatchOperationResult(FinanceBatchOperation operation, int statusCode, IReadOnlyDictionary<string, object?>? row)
    {
        Operation = operation;
        StatusCode = statusCode;
        Row = row;
    }

    public FinanceBatchOperation Operation { get; }

    public int StatusCode { get; }

    /// <summary>The row as Finance stored it, where Finance returned one (a create does, with any number it assigned).</summary>
    public IReadOnlyDictionary<string, object?>? Row { get; }
}
