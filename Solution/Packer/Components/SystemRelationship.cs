namespace DualWrite.SolutionPacker.Components;

/// <summary>A one-to-many relationship from a system table (SystemUser, Organization) to a custom table, through one of its system lookups.</summary>
/// <param name="ReferencedEntity">The system table's schema name, as exports write it (and name the unpacked Other/Relationships/&lt;it&gt;.xml).</param>
/// <param name="ReferencingAttribute">The custom table's lookup column, by schema name.</param>
internal sealed record SystemRelationship(string Name, string ReferencedEntity, string ReferencingAttribute, string Description);
