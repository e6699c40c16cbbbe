namespace DualWrite.Schema.Finance;

/// <summary>One row of Finance's /Metadata/DataEntities: the entity's AOT name and the names OData shows it by.</summary>
/// <param name="Name">The AOT data entity name (ProjCDSActualsImportEntity).</param>
/// <param name="PublicEntityName">The entity type's name in $metadata.</param>
/// <param name="PublicCollectionName">The entity set's name in $metadata and in URLs.</param>
public sealed record FinanceDataEntityRow(string Name, string PublicEntityName, string PublicCollectionName);
