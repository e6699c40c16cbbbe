using DualWrite.Testing.Schema;

namespace DualWrite.Testing.ProjectOperations;

/// <summary>
/// The Project Operations (integrated with ERP) tables the sync reads and writes, and the solution's own tables, as
/// the in-memory Dataverse declares them: <c>ProjectOperationsSchema.AddTo(dataverse.Schema)</c>. Column names follow
/// Microsoft's table reference where it is public; the rest are this project's reading (see each file).
/// </summary>
public static class ProjectOperationsSchema
{
    public static void AddTo(DataverseSchema schema)
    {
        CoreTables.AddTo(schema);
        OutboundTables.AddTo(schema);
        VendorInvoiceTables.AddTo(schema);
        DualWriteOwnTables.AddTo(schema);
    }

    /// <summary>A new in-memory organization with the Project Operations tables declared.</summary>
    public static InMemoryDataverse NewOrganization()
    {
        var dataverse = new InMemoryDataverse();
        AddTo(dataverse.Schema);
        return dataverse;
    }
}
