using System.Runtime.Serialization;

namespace Microsoft.Xrm.Sdk;

/// <summary>The value of a currency column; equal when the amounts are equal.</summary>
[DataContract(Namespace = XrmNamespaces.Contracts)]
public sealed class Money : IExtensibleDataObject
{
    public Money()
    {
    }

    public Money(decimal value)
    {
        Value = value;
    }

    [DataMember]
    public decimal Value { get; set; }

    public ExtensionDataObject? ExtensionData { get; set; }

    public override bool Equals(object? obj) => obj is Money other && Value == other.Value;

    // decimal hashes 1.0m and 1.00m alike, matching Equals.
    public override int GetHashCode() => Value.GetHashCode();
}
