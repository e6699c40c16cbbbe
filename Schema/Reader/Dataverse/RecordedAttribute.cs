using System.Collections.Generic;

namespace DualWrite.Schema.Dataverse;

/// <summary>
/// One recorded column: its type and the limits the platform declares for it (length, range, precision, the values
/// of a choice, the targets of a lookup and what deleting the row it points at does), with its provenance. A length,
/// range, precision or date behaviour is null when no public source shows it.
/// </summary>
public sealed class RecordedAttribute
{
    internal RecordedAttribute(string logicalName, AttributeType type, Provenance provenance)
    {
        LogicalName = logicalName;
        AttributeType = type;
        Provenance = provenance;
    }

    public string LogicalName { get; }

    public AttributeType AttributeType { get; }

    public RequiredLevel RequiredLevel { get; internal init; } = RequiredLevel.None;

    /// <summary>String and Memo: the most characters a value may have.</summary>
    public int? MaxLength { get; internal init; }

    /// <summary>Integer, BigInt, Decimal, Double, Money: the smallest value the column takes.</summary>
    public decimal? MinValue { get; internal init; }

    /// <summary>Integer, BigInt, Decimal, Double, Money: the largest value the column takes.</summary>
    public decimal? MaxValue { get; internal init; }

    /// <summary>Decimal, Double, Money: the digits kept after the decimal point.</summary>
    public int? Precision { get; internal init; }

    /// <summary>DateTime: the Format ("DateOnly", "DateAndTime"), as recorded.</summary>
    public string? Format { get; internal init; }

    /// <summary>DateTime: how values are stored and returned.</summary>
    public DateTimeBehavior? DateTimeBehavior { get; internal init; }

    /// <summary>Lookup, Customer, Owner: the tables the column may point at.</summary>
    public IReadOnlyList<string> Targets { get; internal init; } = [];

    /// <summary>Lookup, Customer, Owner: what deleting the row it points at does (RemoveLink when not recorded).</summary>
    public DeleteBehavior CascadeDelete { get; internal init; } = DeleteBehavior.RemoveLink;

    /// <summary>A choice's option set name, when recorded.</summary>
    public string? OptionSetName { get; internal init; }

    /// <summary>A choice's values, every one of them (Picklist, MultiSelectPicklist, State, Status; Boolean's 0 and 1 when recorded).</summary>
    public IReadOnlyList<RecordedOption> Options { get; internal init; } = [];

    public Provenance Provenance { get; }

    /// <summary>True for the system columns the reader adds to every table (createdon, modifiedon, createdby, modifiedby, versionnumber, ownerid).</summary>
    public bool IsAddedByReader { get; internal init; }

    public bool IsLookup => AttributeType is AttributeType.Lookup or AttributeType.Customer or AttributeType.Owner;

    public bool IsChoice => AttributeType is AttributeType.Picklist or AttributeType.MultiSelectPicklist or AttributeType.State or AttributeType.Status;

    public override string ToString() => $"{LogicalName} ({AttributeType})";
}
