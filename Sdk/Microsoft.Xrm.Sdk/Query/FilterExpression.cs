using System;
using System.Runtime.Serialization;

namespace Microsoft.Xrm.Sdk.Query;

/// <summary>Conditions and child filters combined with And (the default) or Or.</summary>
[DataContract(Namespace = XrmNamespaces.Contracts)]
public sealed class FilterExpression : IExtensibleDataObject
{
    public FilterExpression()
    {
    }

    public FilterExpression(LogicalOperator filterOperator)
    {
        FilterOperator = filterOperator;
    }

    [DataMember]
    public LogicalOperator FilterOperator { get; set; }

    [DataMember]
    public DataCollection<ConditionExpression> Conditions { get; private set; } = new();

    [DataMember]
    public DataCollection<FilterExpression> Filters { get; private set; } = new();

    [DataMember]
    public string? FilterHint { get; set; }

    [DataMember]
    public bool IsQuickFindFilter { get; set; }

    public ExtensionDataObject? ExtensionData { get; set; }

    public void AddCondition(ConditionExpression condition)
    {
        Conditions.Add(condition ?? throw new ArgumentNullException(nameof(condition)));
    }

    // Like the official SDK, these pass the values array on as it is: an int[] given here stays one value.
    public void AddCondition(string attributeName, ConditionOperator conditionOperator, params object[] values)
    {
        AddCondition(new ConditionExpression(attributeName, conditionOperator, values));
    }

    public void AddCondition(string entityName, string attributeName, ConditionOperator conditionOperator, params object[] values)
    {
        AddCondition(new ConditionExpression(entityName, attributeName, conditionOperator, values));
    }

    public void AddCondition(string attributeName, ConditionOperator conditionOperator, bool compareColumns, object value)
    {
        AddCondition(new ConditionExpression(attributeName, conditionOperator, compareColumns, value));
    }

    public void AddCondition(string attributeName, ConditionOperator conditionOperator, bool compareColumns, object[] values)
    {
        AddCondition(new ConditionExpression(attributeName, conditionOperator, compareColumns, values));
    }

    public void AddCondition(string entityName, string attributeName, ConditionOperator conditionOperator, bool compareColumns, object value)
    {
        AddCondition(new ConditionExpression(entityName, attributeName, conditionOperator, compareColumns, value));
    }

    public void AddCondition(string entityName, string attributeName, ConditionOperator conditionOperator, bool compareColumns, object[] values)
    {
        AddCondition(new ConditionExpression(entityName, attributeName, conditionOperator, compareColumns, values));
    }

    /// <summary>Adds and returns a new child filter.</summary>
    public FilterExpression AddFilter(LogicalOperator logicalOperator)
    {
        var child = new FilterExpression(logicalOperator);
        Filters.Add(child);
        return child;
    }

    public void AddFilter(FilterExpression childFilter)
    {
        Filters.Add(childFilter ?? throw new ArgumentNullException(nameof(childFilter)));
    }
}
