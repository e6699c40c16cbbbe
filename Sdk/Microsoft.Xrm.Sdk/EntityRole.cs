namespace Microsoft.Xrm.Sdk;

/// <summary>Which side of a self-referencing relationship the primary record is on.</summary>
public enum EntityRole
{
    Referencing = 0,
    Referenced = 1,
}
