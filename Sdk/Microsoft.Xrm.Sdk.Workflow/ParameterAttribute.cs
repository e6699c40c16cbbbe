using System;

namespace Microsoft.Xrm.Sdk.Workflow;

/// <summary>Labels a custom workflow activity's argument property in the process designer.</summary>
[AttributeUsage(AttributeTargets.Property, AllowMultiple = false, Inherited = true)]
public abstract class ParameterAttribute : Attribute
{
    protected ParameterAttribute(string name)
    {
        Name = name;
    }

    /// <summary>The label the designer shows for the parameter.</summary>
    public string Name { get; }
}
