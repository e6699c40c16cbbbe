using System.Collections;
using System.Runtime.Serialization;

namespace Microsoft.Xrm.Sdk.Query;

/// <summary>
/// A comparison of a column with values (or, with CompareColumns, with another column). The overload taking an
/// ICollection spreads its items into Values, so an int[] or Guid[] becomes one value per item; the params
/// object[] overload keeps each argument as one value.
/// </summary>
[DataContract(Namespace = XrmNamespaces.Contracts)]
public sealed class ConditionExpression : IExtensibleDataObject
{
    public ConditionExpression()
    {
    }

    public ConditionExpression(string attributeName, ConditionOperator conditionOperator)
    {
        AttributeName = attributeName;
        Operator = conditionOperator;
    }

    public ConditionExpression(string attributeName, ConditionOperator conditionOperator, object value)
        : this(attributeName, conditionOperator)
    {
        Values.Add(value);
    }

    public ConditionExpression(string attributeName, ConditionOperator conditionOperator, params object[] values)
        : this(attributeName, conditionOperator)
    {
        AddValues(values);
    }

    public ConditionExpression(string attributeName, ConditionOperator conditionOperator, ICollection values)
        : this(attributeName, conditionOperator)
    {
        AddValues(values);
    }

    public ConditionExpression(string attributeName, ConditionOperator conditionOperator, bool compareColumns, object value)
        : this(attributeName, conditionOperator, value)
    {
        CompareColumns = compareColumns;
    }

    public ConditionExpression(string attributeName, ConditionOperator conditionOperator, bool compareColumns, object[] values)
        : this(attributeName, conditionOperator, values)
    {
        CompareColumns = compareColumns;
    }

    public ConditionExpression(string entityName, string attributeName, ConditionOperator conditionOperator)
        : this(attributeName, conditionOperator)
    {
        EntityName = entityName;
    }

    public ConditionExpression(string entityName, string attributeName, ConditionOperator conditionOperator, object value)
        : this(attributeName, conditionOperator, value)
    {
        EntityName = entityName;
    }

    public ConditionExpression(string entityName, string attributeName, ConditionOperator conditionOperator, params object[] values)
        : this(attributeName, conditionOperator, values)
    {
        EntityName = entityName;
    }

    public ConditionExpression(string entityName, string attributeName, ConditionOperator conditionOperator, bool compareColumns, object value)
        : this(attributeName, conditionOperator, compareColumns, value)
    {
        EntityName = entityName;
    }

    public ConditionExpression(string entityName, string attributeName, ConditionOperator conditionOperator, bool compareColumns, object[] values)
        : this(attributeName, conditionOperator, compareColumns, values)
    {
        EntityName = entityName;
    }

    // The table (or link alias) the column belongs to, when the condition sits on the query but names a linked table.
    [DataMember]
    public string? EntityName { get; set; }

    [DataMember]
    public string? AttributeName { get; set; }

    [DataMember]
    public ConditionOperator Operator { get; set; }

    [DataMember]
    public bool CompareColumns { get; set; }

    [DataMember]
    public DataCollection<object?> Values { get; private set; } = new();

    public ExtensionDataObject? ExtensionData { get; set; }

    private void AddValues(IEnumerable? values)
    {
        if (values is null)
        {
            return;
        }

        foreach (object? value in values)
        {
            Values.Add(value);
        }
    }
}
