using System;

namespace Microsoft.Xrm.Sdk.Workflow;

/// <summary>Names the choice column whose options an OptionSetValue argument of a custom workflow activity takes (required for such an argument).</summary>
[AttributeUsage(AttributeTargets.Property, AllowMultiple = false, Inherited = true)]
public sealed class AttributeTargetAttribute : Attribute
{
    public AttributeTargetAttribute(string entityName, string attributeName)
    {
        EntityName = entityName;
        AttributeName = attributeName;
    }

    public string AttributeName { get; }

    public string EntityName { get; }
}
