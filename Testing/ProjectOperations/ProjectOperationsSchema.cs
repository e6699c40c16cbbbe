using DualWrite.Schema.Dataverse;
using DualWrite.Testing.Schema;

namespace DualWrite.Testing.ProjectOperations;

/// <summary>
/// The Project Operations (integrated with ERP) tables the sync reads and writes, declared from the recorded real
/// schema (Schema/Dataverse, with the platform's limits, choice values and keys), and the solution's own tables from
/// Common/Tables, as the in-memory Dataverse declares them: <c>ProjectOperationsSchema.AddTo(dataverse.Schema)</c>.
/// Nothing here comes from the maps or other code under test.
/// </summary>
public static class ProjectOperationsSchema
{
    public static void AddTo(DataverseSchema schema)
    {
        RecordedTables.AddTo(schema, DataverseSnapshot.Load());
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
