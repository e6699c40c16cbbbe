namespace Microsoft.Xrm.Sdk.Query;

/// <summary>The direction of a sort.</summary>
public enum OrderType
{
    Ascending = 0,
    Descending = 1,
}
