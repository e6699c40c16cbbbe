using System;

namespace Microsoft.Xrm.Sdk.Workflow;

/// <summary>
/// The designer's default for an input argument, in the platform's text form ("True", "2004-07-09T02:54:00Z",
/// "23.45", "23", an option value "3"); for an EntityReference, the record id with its table name.
/// </summary>
[AttributeUsage(AttributeTargets.Property, AllowMultiple = false, Inherited = true)]
public sealed class DefaultAttribute : Attribute
{
    public DefaultAttribute(string value)
    {
        Value = value;
    }

    public DefaultAttribute(string value, string entityName)
    {
        Value = value;
        EntityName = entityName;
    }

    /// <summary>The table of an EntityReference default; null for other types.</summary>
    public string? EntityName { get; }

    public string Value { get; }
}
