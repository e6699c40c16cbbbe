namespace System.Activities;

/// <summary>Marks an activity argument that must be bound.</summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class RequiredArgumentAttribute : Attribute
{
    public override object TypeId => base.TypeId;
}
