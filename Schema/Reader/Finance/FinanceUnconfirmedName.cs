namespace DualWrite.Schema.Finance;

/// <summary>A name of the recorded Finance schema no public source confirms, with why it was chosen.</summary>
/// <param name="File">The .json file that records it.</param>
/// <param name="Name">The name as the provenance keys it: Name, PublicCollectionName, a property, an enum type or EnumType.Member.</param>
/// <param name="Why">The recorded reason it was chosen.</param>
public sealed record FinanceUnconfirmedName(string File, string Name, string Why);
