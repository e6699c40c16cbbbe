namespace DualWrite.Plugins.Finance;

/// <summary>The EDM primitive types Finance data entities use for the fields the maps write.</summary>
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
}
