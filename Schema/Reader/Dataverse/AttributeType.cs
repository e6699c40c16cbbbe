namespace DualWrite.Schema.Dataverse;

/// <summary>A column's type, named as the Web API's AttributeMetadata.AttributeType names it.</summary>
public enum AttributeType
{
    Uniqueidentifier,
    String,
    Memo,
    Integer,
    BigInt,
    Decimal,
    Double,
    Money,
    Boolean,
    DateTime,
    Picklist,
    State,
    Status,
    MultiSelectPicklist,
    Lookup,
    Customer,
    Owner,
}
