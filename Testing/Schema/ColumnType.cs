namespace DualWrite.Testing.Schema;

/// <summary>The kinds of column the store knows, each with the one .NET type Dataverse uses for its values.</summary>
public enum ColumnType
{
    /// <summary>A Guid: the primary key and other unique identifiers.</summary>
    UniqueIdentifier,

    /// <summary>A string (text, multiline text, email, url...).</summary>
    String,

    /// <summary>An int (whole number).</summary>
    Integer,

    /// <summary>A long (big integer, versionnumber).</summary>
    BigInt,

    /// <summary>A decimal.</summary>
    Decimal,

    /// <summary>A double (floating point number).</summary>
    Double,

    /// <summary>A Money.</summary>
    Money,

    /// <summary>A bool (two options).</summary>
    Boolean,

    /// <summary>A DateTime, kept in UTC.</summary>
    DateTime,

    /// <summary>An OptionSetValue (choice, statecode, statuscode).</summary>
    Choice,

    /// <summary>An OptionSetValueCollection (multi-select choice).</summary>
    Choices,

    /// <summary>An EntityReference to a row of one of the column's target tables (lookup, owner, customer).</summary>
    Lookup,
}
