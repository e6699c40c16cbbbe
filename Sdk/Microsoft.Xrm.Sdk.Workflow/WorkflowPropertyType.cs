namespace Microsoft.Xrm.Sdk.Workflow;

/// <summary>The data types a workflow step's property can have.</summary>
public enum WorkflowPropertyType
{
    Boolean = 0,
    DateTime = 1,
    Decimal = 2,
    Float = 3,
    Integer = 4,
    EntityReference = 5,
    Money = 6,
    PartyList = 7,
    OptionSetValue = 8,
    Guid = 9,
    String = 10,
}
