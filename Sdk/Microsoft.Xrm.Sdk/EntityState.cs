namespace Microsoft.Xrm.Sdk;

/// <summary>Whether a record carried in a request is new, changed or unchanged.</summary>
public enum EntityState
{
    Unchanged = 0,
    Created = 1,
    Changed = 2,
}
