namespace DualWrite.LocalRun.DataSet;

public enum DataSetOperationKind
{
    /// <summary>Stored as it is, no step run: reference data Finance already has, or rows Finance masters.</summary>
    Seed,

    /// <summary>Created through the organization service, so the registered steps run.</summary>
    Create,

    /// <summary>Updated through the organization service, so the registered steps run.</summary>
    Update,
}
