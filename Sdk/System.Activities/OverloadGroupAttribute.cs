namespace System.Activities;

/// <summary>Groups arguments that are bound together: an activity needs every argument of one group.</summary>
[AttributeUsage(AttributeTargets.Property, AllowMultiple = true)]
public sealed class OverloadGroupAttribute : Attribute
{
    public OverloadGroupAttribute()
    {
    }

    public OverloadGroupAttribute(string groupName)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(groupName);
        GroupName = groupName;
    }

    public string? GroupName { get; set; }

    // AllowMultiple: each instance must count as distinct, as in WF.
    public override object TypeId => this;
}
