namespace DualWrite.Schema.Dataverse;

/// <summary>AttributeRequiredLevel: whether a column must hold a value.</summary>
public enum RequiredLevel
{
    None,
    Recommended,
    ApplicationRequired,
    SystemRequired,
}
