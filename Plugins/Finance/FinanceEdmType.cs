namespace DualWrite.Plugins.Finance;

/// <summary>The EDM types Finance data entities use for the fields the maps write: primitives, and Finance enums.</summary>
public enum FinanceEdmType
{
    String,
    Int32,
    Int64,
    Decimal,
    Double,
    Boolean,
    DateTimeOffset,
    Guid,

    /// <summary>A Finance enum, named by <see cref="FinancePropertyDefinition.EnumType"/>; its values are member names.</summary>
    Enum,
}
