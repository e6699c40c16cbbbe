namespace Microsoft.Xrm.Sdk;

/// <summary>The per-request results of an ExecuteMultiple.</summary>
public sealed class ExecuteMultipleResponseItemCollection : DataCollection<ExecuteMultipleResponseItem>
{
}
