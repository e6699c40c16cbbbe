namespace DualWrite.WorkflowActivities.Json;

/// <summary>What a JSON value is.</summary>
public enum JsonKind
{
    Object,
    Array,
    String,
    Number,
    True,
    False,
    Null,
}
