namespace Microsoft.Xrm.Sdk;

/// <summary>Whether an update or delete applies only when the row version still matches.</summary>
public enum ConcurrencyBehavior
{
    Default = 0,
    IfRowVersionMatches = 1,
    AlwaysOverwrite = 2,
}
