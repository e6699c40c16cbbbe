using System;

namespace Microsoft.Xrm.Sdk.Workflow;

/// <summary>Names the table an EntityReference argument of a custom workflow activity points at.</summary>
[AttributeUsage(AttributeTargets.Property, AllowMultiple = false, Inherited = true)]
public sealed class ReferenceTargetAttribute : Attribute
{
    public ReferenceTargetAttribute(string entityName)
    {
        EntityName = entityName;
    }

    public string EntityName { get; }
}
