namespace DualWrite.WorkflowActivities.Limits;

/// <summary>What kind of value a column holds, as far as its limits go.</summary>
internal enum ColumnKind
{
    /// <summary>Lookups, booleans, ids: nothing beyond the type to check.</summary>
    Other,
    Text,
    WholeNumber,
    Decimal,
    Money,
    Date,
    Choice,
}
